// Builds the HTTP application around a database URL: used by main.ts and by the API tests, so both run
// exactly the same server.
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { Logger as NestLogger } from '@nestjs/common';
import { type Logger } from 'pino';
import { DataSource } from 'typeorm';
import { TermsStore } from '@lovecando/terms-api';
import { AppModule } from './app.module.js';
import { type AppConfig } from './config/config.schema.js';
import { applyMigrations } from './database/migration-status.js';
import { graphiqlGate } from './http/graphiql-gate.js';
import { jsonBody } from './http/json-body.middleware.js';
import { securityHeaders } from './http/security-headers.js';
import { webApp } from './http/web-app.js';
import { webPages } from './http/web-pages.js';
import { screenGraphqlRequests } from './graphql/screen-requests.middleware.js';
import { InFlightWork } from './lifecycle/in-flight-work.js';
import { createLogger, requestLogging } from './logging/logger-options.js';
import { PinoNestLogger } from './logging/nest-logger.js';

export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: Logger = createLogger(config),
): Promise<NestExpressApplication> {
  const work = new InFlightWork();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({ config, databaseUrl, work }),
    {
      // Our own parser answers malformed and oversized bodies with coded JSON errors.
      bodyParser: false,
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(new PinoNestLogger(logger));
  app.use(requestLogging(logger));
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  const production = config.NODE_ENV === 'production';
  app.use(securityHeaders({ production }));
  app.use(jsonBody(config.BODY_LIMIT));
  app.use(
    '/graphql',
    graphiqlGate({ production }),
    screenGraphqlRequests({
      maxTokens: config.GRAPHQL_MAX_TOKENS,
      maxSelections: config.GRAPHQL_MAX_SELECTIONS,
    }),
  );
  const web = webApp(config.WEB_DIST_DIR, {
    production,
    prerender: await webPages(config.WEB_DIST_DIR, config.WEB_RENDERER_MODULE),
  });
  if (web) app.use(web);
  work.trackHttp(app.getHttpServer());
  const applied = await applyMigrations(app.get(DataSource));
  if (applied.length) new NestLogger('Database').log({ applied }, 'migrations applied');
  // A new platform publishes the foundation's first terms of use, so they are readable from the start.
  const firstTerms = await app.get(TermsStore).publishFirstTerms();
  if (firstTerms.created) new NestLogger('Terms').log(firstTerms, 'first terms of use published');
  return app;
}
