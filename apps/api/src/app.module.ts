// Composition root: configuration, logging, database, GraphQL and the feature modules.
import { type DynamicModule, Module } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG } from './config/app-config.token.js';
import { type AppConfig } from './config/config.schema.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthModule } from './health/health.module.js';
import { webAppModule } from './http/web-app.js';
import { loggerOptions } from './logging/logger-options.js';
import { SystemModule } from './system/system.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Only build the GraphQL schema and write it to this file; no database connection is opened. */
  schemaFile?: string;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, schemaFile }: AppModuleOptions): DynamicModule {
    const webApp = schemaFile ? undefined : webAppModule(config.WEB_DIST_DIR);
    const database = dataSourceOptions({ url: databaseUrl, poolSize: config.DB_POOL_SIZE });
    const graphql = graphqlOptions(config);
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          ...database,
          manualInitialization: !!schemaFile,
          retryAttempts: 5,
          retryDelay: 2000,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphql,
          ...(schemaFile ? { autoSchemaFile: schemaFile } : {}),
        }),
        HealthModule,
        SystemModule,
        ...(webApp ? [webApp] : []),
      ],
    };
  }
}
