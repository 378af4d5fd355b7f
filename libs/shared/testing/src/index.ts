export { createTestDatabase, type TestDatabase } from './test-database.js';
export { postGraphql, type GraphqlResponse } from './graphql-request.js';
export { GraphqlSession } from './graphql-session.js';
export { waitForEmailedLink, type EmailedLink, type WaitOptions } from './outbox.js';
