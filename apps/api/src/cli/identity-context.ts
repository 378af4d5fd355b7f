// Runs a command against the configured database with the identity services, without the HTTP server:
// the database (embedded when DATABASE_URL is unset) is opened, migrated, used and closed again.
import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { CreateVerifiedMembers, IdentityModule } from '@lovecando/identity-api';
import { ServerModule } from '@lovecando/shared-server';
import { loadConfig } from '../config/load-config.js';
import { type AppConfig } from '../config/config.schema.js';
import { identityOptions } from '../config/identity-options.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { applyMigrations } from '../database/migration-status.js';
import { openDatabase } from '../database/open-database.js';

@Module({})
class CommandModule {
  static register(config: AppConfig, url: string): DynamicModule {
    return {
      module: CommandModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions({ url, poolSize: 4 })),
        // No job worker runs in a command: what it enqueues, the server delivers.
        ServerModule.register({ jobs: 'off' }),
        IdentityModule.register(identityOptions(config)),
      ],
    };
  }
}

export interface CommandContext {
  config: AppConfig;
  dataSource: DataSource;
  createMembers: CreateVerifiedMembers;
}

export async function runWithIdentity(
  name: string,
  command: (context: CommandContext) => Promise<void>,
): Promise<void> {
  try {
    const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
    const database = await openDatabase(config, pino({ level: config.LOG_LEVEL }), { joinRunning: true });
    try {
      const app = await NestFactory.createApplicationContext(CommandModule.register(config, database.url), {
        logger: false,
      });
      try {
        const dataSource = app.get(DataSource);
        await applyMigrations(dataSource);
        await command({ config, dataSource, createMembers: app.get(CreateVerifiedMembers) });
      } finally {
        await app.close();
      }
    } finally {
      await database.stop();
    }
  } catch (error) {
    process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
