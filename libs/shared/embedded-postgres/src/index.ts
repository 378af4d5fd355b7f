export {
  runningEmbeddedPostgresUrl,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
  type EmbeddedPostgresOptions,
} from './cluster.js';
export { EmbeddedPostgresBusyError } from './ownership.js';
export { type SupervisorEvents } from './supervisor.js';
export { findFreePort } from './free-port.js';
