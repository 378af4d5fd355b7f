// The built server as `npm start` runs it (node dist/api/.../main.js), started by the tests that need the
// real process: its output collected, its exit awaited, its readiness polled.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const MAIN = resolve(__dirname, '../../../dist/api/apps/api/src/main.js');

export interface BuiltServer {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the built server with exactly `env` (and PATH), from the repository root. */
export function launch(env: Record<string, string>): BuiltServer {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { process: child, output: () => output, exited: new Promise((done) => child.once('exit', done)) };
}

export async function waitUntilReady(port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
    if (response?.status === 200) return;
    await new Promise((tick) => setTimeout(tick, 100));
  }
  throw new Error(`server on ${port} not ready after ${timeoutMs} ms`);
}
