// Governance figures (`npm run bench -- governance`), one JSON line each: delegation resolution,
// yes/no/abstain over 1,000,000 ballots, Schulze over 1,000,000 partial rankings of 10 alternatives and
// over 10,000 rankings of 1,000 alternatives, and the independent recount CLI on 1,000,000-line tally
// files. Seeded; needs `npm run build:api`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './consent-world.mjs';
import { emit, median, now, timed } from './measure.mjs';

const lib = await import('../../dist/api/libs/governance/domain/src/index.js');
const random = seededRandom(7);

// Delegation first, while the process is small, so its peak memory is its own: 1,000,000 members,
// 400,000 delegations in chains of 1 to 20, 5% of them closing into a cycle, a fifth of members voting.
{
  const members = Array.from({ length: 1_000_000 }, (_, n) => `m${n}`);
  const delegations = [];
  const voters = new Set();
  let cursor = 0;
  while (delegations.length < 400_000) {
    // members[cursor .. end) delegate one to the next; members[end] votes (most of the time), or the
    // chain closes back on its first member (a cycle).
    const length = 1 + Math.floor(random() * 20);
    const end = cursor + length;
    const cycle = random() < 0.05;
    for (let k = cursor; k < end && delegations.length < 400_000; k += 1) {
      const to = k === end - 1 && cycle ? members[cursor] : members[k + 1];
      delegations.push({ from: members[k], topic: random() < 0.5 ? null : 'health', to });
    }
    if (!cycle && random() < 0.9) voters.add(members[end]);
    cursor = end + 1;
  }
  for (let n = cursor; n < members.length; n += 1) if (random() < 0.25) voters.add(members[n]);
  const started = now();
  const resolution = lib.resolveDelegations({
    topic: 'health.research',
    members,
    delegations,
    directVoters: voters,
  });
  const elapsed = now() - started;
  emit('governance_delegation_1m_members', elapsed, 'ms', {
    delegations: delegations.length,
    voters: voters.size,
    lost: resolution.totals.lost,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  });
}

// yes / no / abstain
const codes = new Uint8Array(1_000_000);
for (let n = 0; n < codes.length; n += 1) codes[n] = 1 + Math.floor(random() * 3);
emit(
  'governance_yes_no_1m',
  timed(5, () => lib.tallyYesNo({ kind: 'POLICY', electorate: 2_000_000, ballots: codes })),
  'ms',
  {
    ballots: codes.length,
  },
);

/** A partial ranking: `ranked` distinct alternatives in random order, one per tier. */
function partialBallots(count, alternatives, maxRanked) {
  const ballots = [];
  for (let n = 0; n < count; n += 1) {
    const pool = [...alternatives];
    const ranked = 1 + Math.floor(random() * maxRanked);
    const ranking = [];
    for (let k = 0; k < ranked; k += 1) ranking.push([pool.splice(Math.floor(random() * pool.length), 1)[0]]);
    ballots.push(ranking);
  }
  return ballots;
}

const ten = Array.from({ length: 10 }, (_, n) => `alt${n}`);
const million = partialBallots(1_000_000, ten, 5);
emit(
  'governance_schulze_1m_ballots_10_alternatives',
  timed(3, () =>
    lib.schulze({
      kind: 'POLICY',
      alternatives: ten,
      statusQuo: 'alt0',
      electorate: 2_000_000,
      ballots: million,
    }),
  ),
  'ms',
  { ranked_per_ballot: '1-5' },
);

const thousand = Array.from({ length: 1_000 }, (_, n) => `alt${n}`);
const wide = partialBallots(10_000, thousand, 20);
emit(
  'governance_schulze_10k_ballots_1000_alternatives',
  timed(1, () =>
    lib.schulze({
      kind: 'POLICY',
      alternatives: thousand,
      statusQuo: 'alt0',
      electorate: 20_000,
      ballots: wide,
    }),
  ) / 1000,
  's',
  { ranked_per_ballot: '1-20', complexity: 'O(B·r² + n³), r ranked per ballot' },
);

// The same with every ballot ranking all 1,000 alternatives (the dense count, O(B·n²/2 + n³)).
const full = Array.from({ length: 10_000 }, () => {
  const order = [...thousand];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.map((id) => [id]);
});
emit(
  'governance_schulze_10k_full_rankings_1000_alternatives',
  timed(1, () =>
    lib.schulze({
      kind: 'POLICY',
      alternatives: thousand,
      statusQuo: 'alt0',
      electorate: 20_000,
      ballots: full,
    }),
  ) / 1000,
  's',
  { ranked_per_ballot: 1000, complexity: 'O(B·n²/2 + n³)' },
);

// The independent recount, end to end as a member would run it (a new Node process reading the file):
// 1,000,000 yes/no/abstain ballots, a quarter of them carrying delegated votes, then the 1,000,000
// ranked ballots above.
const workdir = mkdtempSync(join(tmpdir(), 'lovecando-bench-'));
const recountCli = fileURLToPath(new URL('../recount/recount.mjs', import.meta.url));
const receiptOf = (n) => createHash('sha256').update(`bench ballot ${n}`).digest('hex');
const choices = ['yes', 'no', 'abstain'];
function recountFigure(name, input) {
  const started = now();
  const file = lib.writeTallyFile(input);
  const written = now() - started;
  const path = join(workdir, `${name}.jsonl`);
  writeFileSync(path, file.text);
  const times = [];
  for (let run = 0; run < 3; run += 1) {
    const begun = now();
    const child = spawnSync(process.execPath, [recountCli, path, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    times.push(now() - begun);
    if (child.status !== 0) throw new Error(`recount of ${name} failed: ${child.stdout}${child.stderr}`);
  }
  emit(`governance_recount_${name}`, median(times) / 1000, 's', {
    lines: input.ballots.length + 2,
    file_mb: Math.round(Buffer.byteLength(file.text) / 1e5) / 10,
    written_by_library_s: Math.round(written / 100) / 10,
  });
}
try {
  recountFigure('1m_yes_no', {
    proposalId: 'bench',
    kind: 'TERMS',
    method: 'yes-no',
    electorate: 2_000_000,
    electorateDigest: '0'.repeat(64),
    ballots: Array.from({ length: 1_000_000 }, (_, n) => ({
      receipt: receiptOf(n),
      delegated: random() < 0.25 ? 1 : 0,
      choice: choices[codes[n] - 1],
    })),
  });
  recountFigure('1m_schulze_10_alternatives', {
    proposalId: 'bench',
    kind: 'POLICY',
    method: 'schulze',
    electorate: 2_000_000,
    electorateDigest: '0'.repeat(64),
    alternatives: ten,
    statusQuo: 'alt0',
    ballots: million.map((ranking, n) => ({ receipt: receiptOf(n), delegated: 0, ranking })),
  });
} finally {
  rmSync(workdir, { recursive: true, force: true });
}
