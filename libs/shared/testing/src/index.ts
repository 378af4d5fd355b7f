export { createTestDatabase, type TestDatabase } from './test-database.js';
export {
  createTestModule,
  type ProviderOverride,
  type TestModule,
  type TestModuleOptions,
} from './test-module.js';
export { tableState, type Queryable } from './table-state.js';
export { refusalOf, refusalsAmong, type Refusal } from './refusal.js';
export { postGraphql, type GraphqlResponse } from './graphql-request.js';
export { GraphqlSession } from './graphql-session.js';
export { waitForEmailedLink, type EmailedLink, type WaitOptions } from './outbox.js';
