// Database and server tests start real processes and real PostgreSQL work: on a busy two-core machine a
// single test may take many seconds. Jest's project-level testTimeout loses to the global default, so
// the allowance is set here, for the integration and API end-to-end projects only.
/* global jest */
jest.setTimeout(30_000);
