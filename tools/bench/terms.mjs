// Terms figures (`npm run bench -- terms`), one JSON line each, median of several runs after warm-up, on a
// generated 60-article document with 20,000 words of bodies in each language: redline with 50 changed
// articles, applying a 50-operation change set, rebasing 100 amendments onto a newer version, and (when
// built) the readability of the whole document. Seeded; needs `npm run build:api`.
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

import { emit as emitFigure, timed as timedRuns } from './measure.mjs';

const lib = await import('../../dist/api/libs/terms/domain/src/index.js');
// The generators of the engine's test support (`@lovecando/terms-domain/testing`), as built.
const testing = await import('../../dist/api/libs/terms/domain/src/testing/index.js');

const emit = (bench, value, unit, extra = {}) => emitFigure(bench, value, unit, extra, 2);
const timed = (runs, work, warmup = 10) => timedRuns(runs, work, warmup);
const mustApply = (version, changeSet) => {
  const applied = lib.applyChangeSet(version, changeSet);
  if (!applied.ok) throw new Error(`bench change set does not apply: ${applied.error.message.en}`);
  return applied.version;
};

const ARTICLES = 60;
const WORDS = 20_000;
const document = testing.generateDocument({ articles: ARTICLES, words: WORDS, seed: 7 });
const shape = { articles: ARTICLES, words_per_language: WORDS };

// Redline: 50 distinct articles edited (a few words of the body in both languages, some titles and summaries).
{
  const edits = testing.generateChangeSet(document, {
    operations: 50,
    seed: 11,
    kinds: ['replace'],
    distinct: true,
  });
  const edited = mustApply(document, edits);
  let changed = 0;
  const ms = timed(15, () => {
    changed = lib.redline(document, edited).entries.filter((entry) => entry.status === 'changed').length;
  });
  emit('terms_redline_50_of_60', ms, 'ms', { ...shape, changed, target_ms: 50 });
}

// Apply: 50 mixed operations (replaces, inserts, deletes, moves), result validated and hashed.
{
  const changeSet = testing.generateChangeSet(document, { operations: 50, seed: 12 });
  const kinds = {};
  for (const operation of changeSet.operations) kinds[operation.op] = (kinds[operation.op] ?? 0) + 1;
  const ms = timed(51, () => mustApply(document, changeSet), 25);
  // SHA-256 of the whole document's JSON, which every applied version needs: most of the time above.
  const json = utf8ToBytes(
    JSON.stringify(document.articles.map(({ number: _number, ...content }) => content)),
  );
  const hashMs = timed(51, () => sha256(json), 25);
  emit('terms_apply_50_operations', ms, 'ms', {
    ...shape,
    operations: kinds,
    json_kb: Math.round(json.length / 1024),
    sha256_ms: Math.round(hashMs * 100) / 100,
    target_ms: 5,
  });
}

// Rebase: a newer version made by a 10-operation amendment, and 100 amendments of 5 operations on the old one.
{
  const newer = mustApply(document, testing.generateChangeSet(document, { operations: 10, seed: 13 }));
  const amendments = Array.from({ length: 100 }, (_, n) =>
    testing.generateChangeSet(document, { operations: 5, seed: 1000 + n }),
  );
  let outcome = {};
  const ms = timed(15, () => {
    const results = lib.rebaseAll(amendments, document, newer);
    outcome = { rebased: 0, conflicts: 0, errors: 0 };
    for (const result of results) {
      if (result.ok) outcome.rebased += 1;
      else if ('conflicts' in result) outcome.conflicts += 1;
      else outcome.errors += 1;
    }
  });
  emit('terms_rebase_100_amendments', ms, 'ms', { ...shape, ...outcome, target_ms: 100 });
}

// Readability of every article in both languages (written alongside this suite; skipped until built).
if (typeof lib.documentReadability === 'function') {
  const ms = timed(15, () => lib.documentReadability(document));
  emit('terms_readability_document', ms, 'ms', { ...shape, target_ms: 20 });
}
