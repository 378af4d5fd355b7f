// createTestModule: the module runs on a database of its own with the migrations applied, a provider can
// be replaced but the database cannot, and closing drops the database.
import { type DynamicModule } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTestModule } from './test-module.js';

class CreateGreeting1700000000000 implements MigrationInterface {
  name = 'CreateGreeting1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE greeting (text text NOT NULL)`);
    await queryRunner.query(`INSERT INTO greeting VALUES ('bonjour')`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE greeting`);
  }
}

const CLOCK = Symbol('CLOCK');

class Greeter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  async greet(): Promise<string> {
    const [row] = await this.dataSource.query<{ text: string }[]>('SELECT text FROM greeting');
    return `${row?.text ?? '?'} at ${this.clock().toISOString()}`;
  }
}

// Wired by factories rather than decorators: this library is compiled without decorator support.
const greetingModule: DynamicModule = {
  module: class GreetingModule {},
  providers: [
    { provide: CLOCK, useValue: () => new Date() },
    {
      provide: Greeter,
      inject: [DataSource, CLOCK],
      useFactory: (dataSource: DataSource, clock: () => Date) => new Greeter(dataSource, clock),
    },
  ],
  exports: [Greeter],
};

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: process.env['TEST_DATABASE_URL'] });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('createTestModule', () => {
  it('builds the module on a migrated database of its own, with a replaced provider, and drops it on close', async () => {
    const test = await createTestModule({
      label: 'test_module',
      entities: [],
      migrations: [CreateGreeting1700000000000],
      imports: [greetingModule],
      overrides: [{ provide: CLOCK, useValue: () => new Date('2026-01-01T00:00:00Z') }],
    });
    const { name } = test.database;
    try {
      expect(await test.get(Greeter).greet()).toBe('bonjour at 2026-01-01T00:00:00.000Z');
      expect(await databaseExists(name)).toBe(true);
    } finally {
      await test.close();
    }
    expect(await databaseExists(name)).toBe(false);
  });

  it('refuses to replace the database', async () => {
    await expect(
      createTestModule({
        label: 'test_module',
        entities: [],
        migrations: [],
        overrides: [{ provide: DataSource, useValue: {} }],
      }),
    ).rejects.toThrow(/real database/);
  });
});
