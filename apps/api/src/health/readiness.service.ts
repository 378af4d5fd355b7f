// Whether this API instance can serve traffic: the database answers, migrations are applied and the
// process is not shutting down. A load balancer reads it at /health/ready; the home page shows it.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { migrationsUpToDate } from '../database/migration-status.js';

export interface ReadinessReport {
  ready: boolean;
  database: boolean;
  migrations: boolean;
  shuttingDown: boolean;
  checkedAt: Date;
}

@Injectable()
export class ReadinessService {
  private shuttingDown = false;
  // Migrations only change at start-up, so once they are up to date they stay so for this process.
  private migrationsApplied = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  async check(): Promise<ReadinessReport> {
    const database = await this.databaseAnswers();
    const migrations = database && (await this.migrationsAreApplied());
    return {
      ready: database && migrations && !this.shuttingDown,
      database,
      migrations,
      shuttingDown: this.shuttingDown,
      checkedAt: new Date(),
    };
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  private async migrationsAreApplied(): Promise<boolean> {
    if (!this.migrationsApplied) {
      this.migrationsApplied = await migrationsUpToDate(this.dataSource).catch(() => false);
    }
    return this.migrationsApplied;
  }
}
