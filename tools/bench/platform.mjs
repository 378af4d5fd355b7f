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
//   web_initial_js_wire    bytes of that JS as the server sends it to a browser accepting brotli
//   graphql_490_fields_validation_cpu_ms  CPU to validate 490 duplicate `me { id }` fields (what refusing
//                          them cost before the document screen)
//   graphql_490_fields_refusal_cpu_ms     server CPU per refusal of that document now (screened)
//   signin_during_signup_flood            sign-in latency while a sign-up flood runs (20 connections)
//   reset_answer_known_ms / reset_answer_unknown_ms  requestPasswordReset latency, registered address or
//                          not (30 + 30, interleaved; median and p90)
// Needs `npm run build`. Loopback only; every loop is bounded in count and time.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
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
  return { port, readyMs, stop, pid: child.pid };
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

const DUPLICATES = `{${' me { id }'.repeat(490)} }`;

/** What validating the 490-field document costs, as the server did before it screened documents. */
function validationCpuMs() {
  const schema = buildSchema(readFileSync('apps/api/schema.gql', 'utf8'));
  const rules = [
    ...specifiedRules,
    maxDepthRule({ n: 8, propagateOnRejection: false }),
    maxAliasesRule({ n: 15, propagateOnRejection: false }),
  ];
  const times = [];
  for (let n = 0; n < 7; n += 1) {
    const started = process.cpuUsage();
    validate(schema, parse(DUPLICATES, { maxTokens: 2000 }), rules);
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[3];
}

/** Server CPU per refusal of the 490-field document, over 200 requests. */
async function refusalCpuMs(server) {
  const send = () =>
    fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DUPLICATES }),
    }).then((response) => response.arrayBuffer());
  for (let n = 0; n < 20; n += 1) await send(); // warm-up
  const before = cpuMs(server.pid);
  for (let n = 0; n < 200; n += 1) await send();
  return (cpuMs(server.pid) - before) / 200;
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)];

async function timedSignIn(port, n) {
  const id = String((n % 200) + 1).padStart(3, '0');
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.19.7.${n % 250}` },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }',
      variables: { e: `member${id}@demo.lovecando.org`, p: 'LoveCanDo demo member 2026' },
    }),
  });
  const body = await response.text();
  if (!body.includes('"signIn":{')) throw new Error(`sign-in failed: ${body}`);
  return performance.now() - started;
}

/** Sign-in latency, one after the other, while 20 connections flood sign-up from many addresses. */
async function signInDuringSignUpFlood(port) {
  let n = 0;
  const outcomes = { ok: 0, busy: 0, throttled: 0, other: 0 };
  const flood = autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: 20,
    duration: 12,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          n += 1;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'x-forwarded-for': `198.20.${(n >> 8) & 255}.${n & 255}`,
            },
            body: JSON.stringify({
              query: 'mutation ($i: SignUpInput!) { signUp(input: $i) }',
              variables: {
                i: {
                  email: `flood${n}@example.org`,
                  displayName: 'Flood',
                  password: 'a flood of new accounts here',
                  locale: 'en',
                },
              },
            }),
          };
        },
        onResponse: (_status, body) => {
          if (body.includes('"signUp":true')) outcomes.ok += 1;
          else if (body.includes('SERVER_BUSY')) outcomes.busy += 1;
          else if (body.includes('TOO_MANY_ATTEMPTS')) outcomes.throttled += 1;
          else outcomes.other += 1;
        },
      },
    ],
  });
  await new Promise((tick) => setTimeout(tick, 2_000)); // let the flood fill its lane first
  const latencies = [];
  for (let k = 0; k < 20; k += 1) latencies.push(await timedSignIn(port, 100 + k));
  await flood;
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    max: Math.max(...latencies),
    outcomes,
  };
}

/** requestPasswordReset latency for registered and unknown addresses, interleaved, 30 of each. */
async function resetAnswerTimes(port) {
  const times = { known: [], unknown: [] };
  const ask = async (email, n) => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.21.0.${n}` },
      body: JSON.stringify({
        query: 'mutation ($e: String!) { requestPasswordReset(email: $e) }',
        variables: { e: email },
      }),
    });
    const body = await response.text();
    if (!body.includes('"requestPasswordReset":true')) throw new Error(`reset failed: ${body}`);
    return performance.now() - started;
  };
  for (let k = 0; k < 30; k += 1) {
    const id = String(k + 150).padStart(3, '0');
    times.known.push(await ask(`member${id}@demo.lovecando.org`, 2 * k));
    times.unknown.push(await ask(`nobody${k}@demo.lovecando.org`, 2 * k + 1));
  }
  return times;
}

/** Bytes of the home page's initial JS as the server sends them to a browser that accepts brotli. */
async function initialJsOnTheWire(port) {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  let bytes = 0;
  for (const path of scripts) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'accept-encoding': 'br' } });
    if (response.headers.get('content-encoding') !== 'br') throw new Error(`${path} was not sent as brotli`);
    bytes += Number(response.headers.get('content-length'));
    await response.arrayBuffer();
  }
  return { bytes, files: scripts.length };
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
  const wire = await initialJsOnTheWire(second.port);
  emit('web_initial_js_wire', wire.bytes, 'bytes', { encoding: 'br', files: wire.files });
  emit('graphql_490_fields_validation_cpu_ms', validationCpuMs(), 'ms', {
    note: 'the old path: validated, then refused',
  });
  emit('graphql_490_fields_refusal_cpu_ms', await refusalCpuMs(second), 'ms', { requests: 200 });
  const resets = await resetAnswerTimes(second.port);
  for (const kind of ['known', 'unknown']) {
    emit(`reset_answer_${kind}_ms`, percentile(resets[kind], 0.5), 'ms', {
      p90_ms: Math.round(percentile(resets[kind], 0.9) * 10) / 10,
      requests: resets[kind].length,
    });
  }
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
    hash_lanes: 'sign-in 3, sign-up 1',
  });
  const flood = await signInDuringSignUpFlood(second.port);
  emit('signin_during_signup_flood', flood.p50, 'ms', {
    p95_ms: Math.round(flood.p95),
    max_ms: Math.round(flood.max),
    signins: 20,
    flood_connections: 20,
    ...Object.fromEntries(Object.entries(flood.outcomes).map(([key, value]) => [`signups_${key}`, value])),
  });
  await second.stop();
  emit('argon2id_hash_ms', await argon2HashMs(), 'ms', { memory_kib: 19456, iterations: 2, parallelism: 1 });
  emit('web_initial_js_gzip', initialJsGzip(), 'bytes');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
