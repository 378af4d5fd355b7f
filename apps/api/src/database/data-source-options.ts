// TypeORM settings shared by the server, the migration command and the tests.
import { type DataSourceOptions } from 'typeorm';
import { apiFeatures } from '../features.js';
import { migrations } from './migrations/index.js';

export interface DatabaseSettings {
  url: string;
  poolSize: number;
}

export function dataSourceOptions({ url, poolSize }: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // The schema only ever changes through reviewed migrations.
    synchronize: false,
    migrations,
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    entities: apiFeatures.flatMap((feature) => feature.entities),
    extra: { max: poolSize, application_name: 'lovecando-api' },
  };
}
