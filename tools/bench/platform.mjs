#!/usr/bin/env node
// `npm run bench -- platform`: the platform's figures, one JSON line each ({"bench", "value", "unit", ...}).
//   start_to_ready_first   node main.js → /health/ready 200 on a new embedded database (initdb included)
//   start_to_ready_second  the same on the now initialised database
//   graphql_about_rps      POST { about } throughput, bounded run, fixed concurrency (no database)
//   graphql_health_rps     POST { health } throughput (one database round trip per request)
//   argon2id_hash_ms       one password hash with the production parameters (median of 15)
//   signin_rps             sign-ins per second under autocannon (20 connections, 10 s), hashing bound in
//                          place; each request signs in another demo member from another client address
//   web_initial_js_gzip    gzip bytes of the JS the home page loads before any lazy chunk
// Needs `npm run build`. Loopback only; every loop is bounded in count and time.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { hash } from '@node-rs/argon2';
import { ARGON2_PARAMETERS } from '../../dist/api/libs/identity/api/src/services/password-hasher.service.js';
import { emit } from './measure.mjs';

const MAIN = 'dist/api/apps/api/src/main.js';
const WEB = 'dist/apps/web';

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startServer(env) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: 'inherit',
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
    if (response?.status === 200) break;
    await new Promise((tick) => setTimeout(tick, 20));
  }
  const readyMs = performance.now() - started;
  const stop = () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM')));
  return { port, readyMs, stop };
}

async function throughput(port, query, { requests = 4000, concurrency = 20, maxMs = 30_000 } = {}) {
  const body = JSON.stringify({ query });
  const latencies = [];
  let sent = 0;
  const deadline = Date.now() + maxMs;
  const started = performance.now();
  async function worker() {
    while (sent < requests && Date.now() < deadline) {
      sent += 1;
      const t0 = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.floor(latencies.length * 0.95)] ?? 0;
  return { rps: latencies.length / seconds, p95, requests: latencies.length };
}

async function argon2HashMs() {
  const times = [];
  for (let n = 0; n < 15; n += 1) {
    const started = performance.now();
    await hash(`benchmark password ${n}`, ARGON2_PARAMETERS);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[7];
}

/** Sign-ins of the seeded demo members, each from its own forwarded client address (TRUST_PROXY=true). */
async function signInThroughput(port) {
  let n = 0;
  const outcomes = { ok: 0, busy: 0, throttled: 0, other: 0 };
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: 20,
    duration: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          n += 1;
          const id = String((n % 200) + 1).padStart(3, '0');
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'x-forwarded-for': `198.18.${(n >> 8) & 255}.${n & 255}`,
            },
            body: JSON.stringify({
              query:
                'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }',
              variables: { e: `member${id}@demo.lovecando.org`, p: 'LoveCanDo demo member 2026' },
            }),
          };
        },
        onResponse: (_status, body) => {
          if (body.includes('"signIn":{')) outcomes.ok += 1;
          else if (body.includes('SERVER_BUSY')) outcomes.busy += 1;
          else if (body.includes('TOO_MANY_ATTEMPTS')) outcomes.throttled += 1;
          else outcomes.other += 1;
        },
      },
    ],
  });
  return { rps: outcomes.ok / 10, p50: result.latency.p50, p97_5: result.latency.p97_5, outcomes };
}

function initialJsGzip() {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  return scripts.reduce((total, path) => total + gzipSync(readFileSync(join(WEB, path))).length, 0);
}

const folder = mkdtempSync(join(tmpdir(), 'lovecando-bench-'));
chmodSync(folder, 0o755);
const env = { EMBEDDED_PG_DIR: join(folder, 'postgres'), DATABASE_URL: '' };
try {
  const first = await startServer(env);
  emit('start_to_ready_first', first.readyMs, 'ms', { note: 'new embedded database, initdb included' });
  await first.stop();

  const seeded = spawnSync(process.execPath, ['dist/api/apps/api/src/cli/seed-demo.js'], {
    env: { ...process.env, ...env, NODE_ENV: 'test', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  if (seeded.status !== 0) throw new Error('seeding the demo data failed');

  const second = await startServer({ ...env, NODE_ENV: 'test', TRUST_PROXY: 'true' });
  emit('start_to_ready_second', second.readyMs, 'ms');
  for (const [bench, query] of [
    ['graphql_about_rps', '{ about { name version } }'],
    ['graphql_health_rps', '{ health { status database migrations } }'],
  ]) {
    await throughput(second.port, query, { requests: 300 }); // warm-up
    const { rps, p95, requests } = await throughput(second.port, query);
    emit(bench, rps, 'req/s', { p95_ms: Math.round(p95 * 10) / 10, requests, concurrency: 20 });
  }
  const signIn = await signInThroughput(second.port);
  emit('signin_rps', signIn.rps, 'sign-ins/s', {
    p50_ms: signIn.p50,
    p97_5_ms: signIn.p97_5,
    ...signIn.outcomes,
    connections: 20,
    hash_concurrency: 4,
  });
  await second.stop();
  emit('argon2id_hash_ms', await argon2HashMs(), 'ms', { memory_kib: 19456, iterations: 2, parallelism: 1 });
  emit('web_initial_js_gzip', initialJsGzip(), 'bytes');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
