// Reads and publishes versions of the terms of use. A stored version is rebuilt with the domain's
// createVersion on read and its hash compared with the stored one, so a row altered behind the platform's
// back is refused rather than shown. Versions never change, so each one is mapped once and kept.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { createVersion, FIRST_TERMS } from '@lovecando/terms-domain';
import { TermsVersionEntity } from '../entities/terms-version.entity.js';
import { type TermsVersion } from '../models/terms.model.js';
import { TermsError } from '../terms.errors.js';
import { toTermsVersion } from '../terms-version.mapper.js';

/**
 * Stores the foundation's first terms as version 1 when no version exists yet; does nothing otherwise
 * (the stored text is the truth once published). Safe when several instances start at once.
 */
export async function publishFirstTerms(manager: EntityManager): Promise<{ created: boolean; hash: string }> {
  const built = createVersion(FIRST_TERMS);
  if (!built.ok) throw new Error(`the shipped first terms are invalid: ${JSON.stringify(built.errors)}`);
  const inserted: unknown[] = await manager.query(
    `INSERT INTO "terms_version" ("ordinal", "hash", "articles") VALUES (1, $1, $2)
     ON CONFLICT DO NOTHING RETURNING "ordinal"`,
    [built.version.hash, JSON.stringify(FIRST_TERMS)],
  );
  return { created: inserted.length === 1, hash: built.version.hash };
}

@Injectable()
export class TermsStore {
  private readonly mapped = new Map<number, TermsVersion>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  publishFirstTerms(): Promise<{ created: boolean; hash: string }> {
    return publishFirstTerms(this.dataSource.manager);
  }

  /** The version with this ordinal, or the one in force (the highest) when none is given. */
  async find(ordinal?: number): Promise<TermsVersion | null> {
    if (ordinal !== undefined && (!Number.isInteger(ordinal) || ordinal < 1)) {
      throw new TermsError('BAD_USER_INPUT', 'must be a whole number from 1', 'ordinal');
    }
    const wanted = ordinal ?? (await this.latestOrdinal());
    if (wanted === null) return null;
    const cached = this.mapped.get(wanted);
    if (cached) return cached;
    const row = await this.dataSource.getRepository(TermsVersionEntity).findOneBy({ ordinal: wanted });
    if (!row) return null;
    const built = createVersion(row.articles);
    if (!built.ok || built.version.hash !== row.hash) {
      throw new Error(`terms version ${row.ordinal} does not match its stored hash`);
    }
    const version = toTermsVersion(row.ordinal, row.publishedAt, built.version);
    this.mapped.set(row.ordinal, version);
    return version;
  }

  private async latestOrdinal(): Promise<number | null> {
    const [row] = await this.dataSource.query<{ ordinal: number | null }[]>(
      `SELECT max("ordinal") AS "ordinal" FROM "terms_version"`,
    );
    return row?.ordinal ?? null;
  }
}
