export {
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
  type EmbeddedPostgresOptions,
} from './cluster.js';
export { EmbeddedPostgresBusyError } from './ownership.js';
export { findFreePort } from './free-port.js';
