// The middle tier of the test ladder: a use case built by Nest the way the application builds it, on a
// fresh PostgreSQL database of its own with the scope's migrations applied. A test may replace a
// collaborator (a fixed clock, a capturing mailer) but never the database: the point of these tests is
// that locks, constraints and transactions are the real ones.
import { type DynamicModule, type ForwardReference, type Provider, type Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, EntityManager, type DataSourceOptions, type MixedList } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './test-database.js';

type Token = string | symbol | Type<unknown>;
type Import = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

/** A provider the test puts in place of the module's own. */
export type ProviderOverride =
  | { provide: Token; useValue: unknown }
  | { provide: Token; useClass: Type<unknown> }
  | { provide: Token; useFactory: (...args: never[]) => unknown; inject?: Token[] };

export interface TestModuleOptions {
  /** Part of the database's name, to find it while a test runs. */
  label: string;
  entities: MixedList<Type<unknown>>;
  /** The migrations of the scopes under test, in the order they run. */
  migrations: MixedList<Type<unknown>>;
  imports?: Import[];
  providers?: Provider[];
  overrides?: ProviderOverride[];
  /** Connections in the pool; race tests need several at once (default 10). */
  poolSize?: number;
}

export interface TestModule {
  moduleRef: TestingModule;
  dataSource: DataSource;
  database: TestDatabase;
  /** A provider of the module, as the application would inject it. */
  get<T>(token: Type<T> | string | symbol): T;
  /** Stops the module (job workers, pools) and drops the database. */
  close(): Promise<void>;
}

const DATABASE_TOKENS: unknown[] = [DataSource, EntityManager];

export async function createTestModule(options: TestModuleOptions): Promise<TestModule> {
  for (const override of options.overrides ?? []) {
    if (DATABASE_TOKENS.includes(override.provide))
      throw new Error('a test module runs on a real database; it cannot be overridden');
  }
  const database = await createTestDatabase(options.label);
  const connection: DataSourceOptions = {
    type: 'postgres',
    url: database.url,
    synchronize: false,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    extra: { max: options.poolSize ?? 10, application_name: `test-${options.label}` },
  };
  try {
    let builder = Test.createTestingModule({
      imports: [TypeOrmModule.forRoot({ ...connection, retryAttempts: 0 }), ...(options.imports ?? [])],
      providers: options.providers ?? [],
    });
    for (const override of options.overrides ?? []) {
      const replacement = builder.overrideProvider(override.provide);
      if ('useValue' in override) builder = replacement.useValue(override.useValue);
      else if ('useClass' in override) builder = replacement.useClass(override.useClass);
      else builder = replacement.useFactory({ factory: override.useFactory, inject: override.inject ?? [] });
    }
    const moduleRef = await builder.compile();
    // Runs the lifecycle hooks the application runs: job handlers register, the job queue starts.
    await moduleRef.init();
    const dataSource = moduleRef.get(DataSource);
    return {
      moduleRef,
      dataSource,
      database,
      get: <T>(token: Type<T> | string | symbol) => moduleRef.get<T>(token, { strict: false }),
      async close() {
        try {
          await moduleRef.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
