// Composition root: configuration, logging, database, GraphQL and the feature modules.
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ServerModule } from '@lovecando/shared-server';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from './config/app-config.token.js';
import { type AppConfig } from './config/config.schema.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { apiFeatures } from './features.js';
import { CodedErrorFilter } from './graphql/coded-error.filter.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { GraphqlSockets } from './graphql/graphql-sockets.js';
import { InputValidationPipe } from './graphql/input-validation.pipe.js';
import { HealthModule } from './health/health.module.js';
import { InFlightWork } from './lifecycle/in-flight-work.js';
import { SystemModule } from './system/system.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Only build the GraphQL schema and write it to this file; no database connection is opened. */
  schemaFile?: string;
  /** What a stopping server waits for (see lifecycle/in-flight-work.ts). */
  work?: InFlightWork;
}

@Module({})
export class AppModule {
  static register({
    config,
    databaseUrl,
    schemaFile,
    work = new InFlightWork(),
  }: AppModuleOptions): DynamicModule {
    const database = dataSourceOptions({ url: databaseUrl, poolSize: config.DB_POOL_SIZE });
    return {
      module: AppModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: InFlightWork, useValue: work },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: CodedErrorFilter },
        GraphqlSockets,
      ],
      exports: [APP_CONFIG, GraphqlSockets],
      imports: [
        TypeOrmModule.forRoot({
          ...database,
          manualInitialization: !!schemaFile,
          retryAttempts: 5,
          retryDelay: 2000,
        }),
        ServerModule.register({ jobs: schemaFile ? 'off' : config.JOB_WORKERS ? 'work' : 'enqueue' }),
        // Every scope's module, from its manifest (features.ts).
        ...apiFeatures.map((feature) => feature.module(config)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [GraphqlSockets],
          useFactory: (sockets: GraphqlSockets) => ({
            ...graphqlOptions(config, { work, sockets }),
            ...(schemaFile ? { autoSchemaFile: schemaFile } : {}),
          }),
        }),
        HealthModule,
        SystemModule,
      ],
    };
  }
}
