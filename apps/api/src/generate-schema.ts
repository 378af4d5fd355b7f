// `npm run schema:generate`: writes the GraphQL schema, sorted, to apps/api/schema.gql from the resolvers
// (no database needed). The file is committed; `--check` regenerates it aside and fails when the
// committed file differs, which is how CI catches a schema change nobody regenerated.
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { loadConfig } from './config/load-config.js';

const SCHEMA_FILE = 'apps/api/schema.gql';

async function writeSchema(schemaFile: string): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const module = AppModule.register({ config, databaseUrl: 'postgres://schema-only/none', schemaFile });
  const app = await NestFactory.create(module, { logger: false });
  await app.init();
  await app.close();
}

async function main(check: boolean): Promise<void> {
  if (!check) {
    await writeSchema(SCHEMA_FILE);
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'lovecando-schema-'));
  try {
    await writeSchema(join(folder, 'schema.gql'));
    if (readFileSync(join(folder, 'schema.gql'), 'utf8') !== readFileSync(SCHEMA_FILE, 'utf8')) {
      process.stderr.write(`${SCHEMA_FILE} is stale: run npm run schema:generate and commit it\n`);
      process.exit(1);
    }
    process.stdout.write(`${SCHEMA_FILE} is up to date\n`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main(process.argv.includes('--check')).catch((error: unknown) => {
  process.stderr.write(
    `Schema generation failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
