#!/usr/bin/env node
// Recount a published tally file: `node tools/recount/recount.mjs FILE [--json]` (or `npm run recount --
// FILE`). Re-derives every total and the outcome from the ballot lines, checks the content hash and the
// order of receipts, and compares with the totals the platform published. Exit status: 0 the file is
// sound and agrees, 1 it is readable but disagrees, 2 it is malformed or unreadable — and 2 for anything
// unexpected too, with one line on stderr and never a stack trace: a member checking a vote must not
// mistake a crash for a disagreement (Node exits 1 on an uncaught exception).
import { readFileSync } from 'node:fs';
import { recountBytes } from './recount-core.mjs';

const MALFORMED = 2;

// Control characters (terminal escapes among them) and line breaks are exactly what must not reach stderr.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** File content reaches messages: keep them to one printable line of bounded length. */
const oneLine = (text) => {
  const flat = String(text).replace(UNPRINTABLE, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
};

const complain = (message) => {
  process.stderr.write(`${oneLine(message)}\n`);
  return MALFORMED;
};

function report(result) {
  const { header, recounted } = result;
  return [
    `Proposal ${oneLine(header.proposal)} (${header.kind}, ${header.method}), ${header.ballots} ballots, electorate ${header.electorate}`,
    `File SHA-256:    ${result.fileSha256}`,
    `Content SHA-256: ${result.contentSha256} ${result.hashMatches ? '(matches the trailer)' : '(DIFFERS from the trailer)'}`,
    `Turnout: ${recounted.turnout.total} (direct ${recounted.turnout.direct}, delegated ${recounted.turnout.delegated}), quorum ${recounted.quorumMet ? 'met' : 'not met'}`,
    header.method === 'yes-no'
      ? `Yes ${recounted.yes.total}, no ${recounted.no.total}, abstain ${recounted.abstain.total}`
      : `Ranking: ${oneLine(recounted.ranking.map((tier) => tier.join(' = ')).join(' > '))}`,
    `Outcome: ${recounted.outcome}${recounted.adopted ? ` (${oneLine(recounted.adopted)})` : ''}`,
    result.agrees
      ? 'The recount agrees with the published totals.'
      : 'The recount DISAGREES with the published totals.',
  ];
}

function main(args) {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  if (files.length !== 1) return complain('usage: recount FILE [--json]');
  let bytes;
  try {
    bytes = readFileSync(files[0]);
  } catch (error) {
    return complain(`cannot read ${files[0]}: ${error.message}`);
  }
  const result = recountBytes(bytes);
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  if (!result.valid) return complain(`Malformed tally file: ${result.problem.message}`);
  if (!json) process.stdout.write(`${report(result).join('\n')}\n`);
  return result.agrees ? 0 : 1;
}

const unexpected = (error) =>
  complain(`recount: unexpected error: ${error instanceof Error ? error.message : error}`);
process.on('uncaughtException', (error) => process.exit(unexpected(error)));
try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.exitCode = unexpected(error);
}
