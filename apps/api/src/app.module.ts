// Composition root: configuration, logging, database, GraphQL and the feature modules.
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import {
  IdentityModule,
  readSessionCookie,
  SessionService,
  type RequestWithAuth,
} from '@lovecando/identity-api';
import { type IncomingMessage } from 'node:http';
import { type Response } from 'express';
import { TermsModule } from '@lovecando/terms-api';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG } from './config/app-config.token.js';
import { type AppConfig } from './config/config.schema.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { CodedErrorFilter } from './graphql/coded-error.filter.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { InputValidationPipe } from './graphql/input-validation.pipe.js';
import { HealthModule } from './health/health.module.js';
import { InFlightWork } from './lifecycle/in-flight-work.js';
import { webAppModule } from './http/web-app.js';
import { loggerOptions } from './logging/logger-options.js';
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
    const webApp = schemaFile ? undefined : webAppModule(config.WEB_DIST_DIR);
    const database = dataSourceOptions({ url: databaseUrl, poolSize: config.DB_POOL_SIZE });
    const graphql = graphqlOptions(config, work);
    const production = config.NODE_ENV === 'production';
    return {
      module: AppModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: InFlightWork, useValue: work },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: CodedErrorFilter },
      ],
      exports: [APP_CONFIG],
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          ...database,
          manualInitialization: !!schemaFile,
          retryAttempts: 5,
          retryDelay: 2000,
        }),
        IdentityModule.register({
          production,
          publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
          smtpUrl: config.SMTP_URL,
          mailFrom: config.MAIL_FROM,
        }),
        TermsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [SessionService],
          useFactory: (sessions: SessionService) => ({
            ...graphql,
            ...(schemaFile ? { autoSchemaFile: schemaFile } : {}),
            // HTTP operations carry the session the middleware resolved; a subscription resolves the
            // cookie of its WebSocket upgrade request, checked again for every operation.
            context: async ({
              req,
              res,
              extra,
            }: {
              req?: RequestWithAuth;
              res?: Response;
              extra?: { request: IncomingMessage };
            }) => {
              if (req) return { req, res, auth: req.auth };
              const auth = await sessions.authenticate(
                readSessionCookie(extra?.request.headers.cookie, production),
              );
              return { auth, ip: extra?.request.socket.remoteAddress };
            },
          }),
        }),
        HealthModule,
        SystemModule,
        ...(webApp ? [webApp] : []),
      ],
    };
  }
}
