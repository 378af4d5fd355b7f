// The server kit shared by every scope's API library: one transaction per use case with retries and
// after-commit tasks, what a database failure means, durable jobs, signals between instances, who
// counts as a local caller, and the shape of a scope's feature manifest.
export { inTransaction, type Transaction, type TransactionOptions } from './transaction/in-transaction.js';
export { classifyDatabaseError, type DatabaseFailure } from './transaction/database-errors.js';
export { JobQueue, type JobHandler } from './jobs/job-queue.service.js';
export { PgNotifications, type ChannelListener } from './notifications/pg-notifications.service.js';
export { isLocalCaller, isLoopbackAddress } from './http/local-caller.js';
export { ServerModule } from './server.module.js';
export { type ServerModuleOptions } from './server-options.js';
export { LocalizedTextModel } from './graphql/localized-text.model.js';
export { type ApiFeature, type FeatureModule, type MigrationClass } from './feature/api-feature.js';
