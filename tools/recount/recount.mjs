#!/usr/bin/env node
// Recount a published tally file: `node tools/recount/recount.mjs FILE [--json]` (or `npm run recount --
// FILE`). Re-derives every total and the outcome from the ballot lines, checks the content hash and the
// order of receipts, and compares with the totals the platform published. Exit status: 0 the file is
// sound and agrees, 1 it is readable but disagrees, 2 it is malformed or unreadable.
import { readFileSync } from 'node:fs';
import { recount } from './recount-core.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
if (files.length !== 1) {
  process.stderr.write('usage: recount FILE [--json]\n');
  process.exit(2);
}

let text;
try {
  text = readFileSync(files[0], 'utf8');
} catch (error) {
  process.stderr.write(`cannot read ${files[0]}: ${error.message}\n`);
  process.exit(2);
}
const result = recount(text);
if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else if (!result.valid) {
  process.stdout.write(`Malformed tally file: ${result.problem.message}\n`);
} else {
  const { header, recounted } = result;
  const lines = [
    `Proposal ${header.proposal} (${header.kind}, ${header.method}), ${header.ballots} ballots, electorate ${header.electorate}`,
    `File SHA-256:    ${result.fileSha256}`,
    `Content SHA-256: ${result.contentSha256} ${result.hashMatches ? '(matches the trailer)' : '(DIFFERS from the trailer)'}`,
    `Turnout: ${recounted.turnout.total} (direct ${recounted.turnout.direct}, delegated ${recounted.turnout.delegated}), quorum ${recounted.quorumMet ? 'met' : 'not met'}`,
    header.method === 'yes-no'
      ? `Yes ${recounted.yes.total}, no ${recounted.no.total}, abstain ${recounted.abstain.total}`
      : `Ranking: ${recounted.ranking.map((tier) => tier.join(' = ')).join(' > ')}`,
    `Outcome: ${recounted.outcome}${recounted.adopted ? ` (${recounted.adopted})` : ''}`,
    result.agrees
      ? 'The recount agrees with the published totals.'
      : 'The recount DISAGREES with the published totals.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
process.exit(!result.valid ? 2 : result.agrees ? 0 : 1);
