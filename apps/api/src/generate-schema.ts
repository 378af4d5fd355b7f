// `npm run schema:generate`: writes the GraphQL schema, sorted, to apps/api/schema.gql from the resolvers
// (no database needed). The file is committed; CI regenerates it and fails when it differs.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { loadConfig } from './config/load-config.js';

const SCHEMA_FILE = 'apps/api/schema.gql';

async function generate(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const module = AppModule.register({ config, databaseUrl: 'postgres://schema-only/none', schemaFile: SCHEMA_FILE });
  const app = await NestFactory.create(module, { logger: false });
  await app.init();
  await app.close();
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

generate().catch((error: unknown) => {
  process.stderr.write(`Schema generation failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
