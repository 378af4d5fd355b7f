// The platform services every server scope uses: the job queue and the signals between instances.
// Global, so a feature module injects JobQueue or PgNotifications without importing this module.
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JobQueue } from './jobs/job-queue.service.js';
import { PgNotifications } from './notifications/pg-notifications.service.js';
import { SERVER_OPTIONS, type ServerModuleOptions } from './server-options.js';

@Global()
@Module({})
export class ServerModule {
  static register(options: ServerModuleOptions): DynamicModule {
    return {
      module: ServerModule,
      providers: [{ provide: SERVER_OPTIONS, useValue: options }, PgNotifications, JobQueue],
      exports: [JobQueue, PgNotifications],
    };
  }
}
