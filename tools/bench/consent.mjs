// Consent engine figures (`npm run bench -- consent`), one JSON line each, on the world of
// consent-world.mjs (and, for the broad impact, the one the impact spec checks). Needs `npm run build:api`
// (it runs the built library) and --expose-gc for memory.
import { buildWorld } from './consent-world.mjs';
import { emit, median, now } from './measure.mjs';

const lib = await import('../../dist/api/libs/consent/domain/src/index.js');

const world = buildWorld(lib);

// compile: median of 7
const compileTimes = [];
let compiled;
for (let run = 0; run < 7; run += 1) {
  const started = now();
  compiled = lib.compile({ taxonomy: world.taxonomy, recipients: world.recipients, clauses: world.clauses });
  compileTimes.push(now() - started);
}
emit('consent_compile', median(compileTimes), 'ms', { clauses: 500, cells: 200 * 60 * 6 * 100 });

// memory of the compiled snapshot
globalThis.gc?.();
// Typed arrays live outside the JS heap (`external`): count both.
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().external;
const heapBefore = used();
const kept = lib.compile({ taxonomy: world.taxonomy, recipients: world.recipients, clauses: world.clauses });
globalThis.gc?.();
const heapAfter = used();
emit('consent_snapshot_memory', (heapAfter - heapBefore) / 1024 / 1024, 'MB', {
  gc: typeof globalThis.gc === 'function',
  kept: !!kept,
});

const decider = new lib.Decider(compiled.policy, world.withChoices);
const requests = Array.from({ length: 1_000_000 }, world.request);

// single decisions: per-chunk timing, median ns per decision
let allowed = 0;
for (let n = 0; n < 200_000; n += 1) allowed += decider.decide(requests[n]).allowed ? 1 : 0; // warm-up
const perDecision = [];
const CHUNK = 10_000;
for (let start = 0; start + CHUNK <= requests.length; start += CHUNK) {
  const t0 = process.hrtime.bigint();
  for (let n = start; n < start + CHUNK; n += 1) allowed += decider.decide(requests[n]).allowed ? 1 : 0;
  perDecision.push(Number(process.hrtime.bigint() - t0) / CHUNK);
}
emit('consent_decide_median', median(perDecision), 'ns/decision', {
  requests: 'uniform over all cells',
  with_explanation: true,
  allowed_share: Math.round((allowed / (requests.length + 200_000)) * 1000) / 1000,
});

// the same on requests that fall inside some clause (prohibits, permits, the member layer)
const matching = Array.from({ length: 200_000 }, world.matchingRequest);
const perMatching = [];
let matchedAllowed = 0;
for (let n = 0; n < matching.length; n += 1) matchedAllowed += decider.decide(matching[n]).allowed ? 1 : 0;
for (let start = 0; start + CHUNK <= matching.length; start += CHUNK) {
  const t0 = process.hrtime.bigint();
  for (let n = start; n < start + CHUNK; n += 1)
    matchedAllowed += decider.decide(matching[n]).allowed ? 1 : 0;
  perMatching.push(Number(process.hrtime.bigint() - t0) / CHUNK);
}
emit('consent_decide_matching_median', median(perMatching), 'ns/decision', {
  requests: 'inside a clause',
  allowed_share: Math.round((matchedAllowed / (2 * matching.length)) * 1000) / 1000,
});

// deciding and reading the decision id, as a service that logs every answer does (ids are minted lazily)
const perLogged = [];
for (let start = 0; start + CHUNK <= matching.length; start += CHUNK) {
  const t0 = process.hrtime.bigint();
  for (let n = start; n < start + CHUNK; n += 1)
    matchedAllowed += decider.decide(matching[n]).decisionId.length;
  perLogged.push(Number(process.hrtime.bigint() - t0) / CHUNK);
}
emit('consent_decide_with_id_median', median(perLogged), 'ns/decision', {
  requests: 'inside a clause',
  id: 'UUIDv7, read once',
});

// batch of 1,000,000
const batchTimes = [];
for (let run = 0; run < 3; run += 1) {
  const started = now();
  decider.decideMany(requests);
  batchTimes.push(now() - started);
}
emit('consent_batch_1m', median(batchTimes) / 1000, 's', { requests: requests.length });

if (typeof lib.impact === 'function') {
  const changed = world.clauses.map((clause, n) =>
    n % 100 === 7 ? { ...clause, memberControl: 'opt-out', legalBasis: 'legitimate-interest' } : clause,
  );
  const proposal = [...changed, { ...world.clauses[3], id: 'proposal-new', effect: 'permit' }];
  const after = lib.compile({
    taxonomy: world.taxonomy,
    recipients: world.recipients,
    clauses: proposal,
    previous: compiled.snapshot.content,
  });
  const population = { members: world.withChoices, memberIds: world.memberIds };
  const time = Date.parse('2026-06-01T00:00:00Z');
  const impactTimes = [];
  for (let run = 0; run < 5; run += 1) {
    const started = now();
    lib.impact(compiled, after, population, time);
    impactTimes.push(now() - started);
  }
  emit('consent_impact', median(impactTimes), 'ms', { changed_clauses: 6 });

  // impact, broad proposal: the world of testing/broad-proposal.ts (10,000 members, 1,000 with
  // choices), whose proposal adds a permit over a whole category root and purpose root for every operation
  // and recipient. The target is 150 ms, like the narrower proposal above.
  // The consent engine's test support (`@lovecando/consent-domain/testing`), as built.
  const { broadProposal } = await import('../../dist/api/libs/consent/domain/src/testing/index.js');
  const broad = broadProposal();
  lib.impact(broad.before, broad.after, broad.population, broad.time); // warm-up
  const broadTimes = [];
  for (let run = 0; run < 7; run += 1) {
    const started = now();
    lib.impact(broad.before, broad.after, broad.population, broad.time);
    broadTimes.push(now() - started);
  }
  emit('consent_impact_broad', median(broadTimes), 'ms', {
    changed_clauses: 6,
    members: broad.population.memberIds.length,
    with_choices: broad.population.members.length,
  });
}
