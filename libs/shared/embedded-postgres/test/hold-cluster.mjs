// Test helper process: starts an embedded cluster on the given folder with the built library, prints
// `READY <json>` (or `FAILED <name>: <message>`), then holds it until SIGTERM (a clean stop) or until it is
// killed (kill -9 simulates a crash). The cluster runs in a child process because the platform binary
// package cannot load inside Jest's CommonJS runtime.
import { startEmbeddedPostgres } from '../../../../dist/api/libs/shared/embedded-postgres/src/index.js';

const [dataDir, mode] = process.argv.slice(2);
try {
  const cluster = await startEmbeddedPostgres({ dataDir, persistent: mode !== 'throwaway' });
  process.on('SIGTERM', () => void cluster.stop().then(() => process.exit(0)));
  const { url, port, recovered } = cluster;
  process.stdout.write(`READY ${JSON.stringify({ url, port, recovered })}\n`);
  setInterval(() => undefined, 1_000);
} catch (error) {
  process.stdout.write(`FAILED ${error.name}: ${error.message}\n`);
  process.exit(1);
}
