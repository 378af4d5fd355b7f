// Invariants of diff, apply, rebase and hashing on random small documents (fast-check).
import fc from 'fast-check';
import { createVersion, sameContent } from '../document/version.js';
import { type TermsVersion } from '../document/types.js';
import { forkArbitrary, versionPairArbitrary } from '../testing/arbitraries.js';
import { applyChangeSet } from './apply.js';
import { findConflicts } from './conflicts.js';
import { diffVersions } from './diff.js';
import { rebase } from './rebase.js';

const RUNS = { numRuns: 200 };
const contentById = (version: TermsVersion) =>
  Object.fromEntries(version.articles.map(({ id, title, body, summary }) => [id, { title, body, summary }]));

describe('amendment properties', () => {
  it('applying diff(v, w) to v gives w', () => {
    fc.assert(
      fc.property(versionPairArbitrary, ([v, w]) => {
        const applied = applyChangeSet(v, diffVersions(v, w));
        expect(applied.ok && applied.version.hash).toBe(w.hash);
        expect(applied.ok && sameContent(applied.version, w)).toBe(true);
      }),
      RUNS,
    );
  });

  it('diff moves only articles outside the longest run that kept its order, and never twice', () => {
    fc.assert(
      fc.property(versionPairArbitrary, ([v, w]) => {
        const moves = diffVersions(v, w).operations.filter((op) => op.op === 'move');
        const kept = v.articles.filter((a) => w.articles.some((b) => b.id === a.id)).length;
        expect(new Set(moves.map((op) => op.op === 'move' && op.id)).size).toBe(moves.length);
        expect(moves.length).toBeLessThan(Math.max(1, kept));
      }),
      RUNS,
    );
  });

  it('rebasing onto an unchanged version is the identity', () => {
    fc.assert(
      fc.property(versionPairArbitrary, ([v, w]) => {
        const amendment = diffVersions(v, w);
        expect(rebase(amendment, v, v)).toEqual({ ok: true, changeSet: amendment });
      }),
      RUNS,
    );
  });

  it('two amendments without conflicts merge to the same version in either order', () => {
    fc.assert(
      fc.property(forkArbitrary, ([base, left, right]) => {
        const a = diffVersions(base, left);
        const b = diffVersions(base, right);
        const conflicts = findConflicts(a, b);
        const bOnLeft = rebase(b, base, left);
        const aOnRight = rebase(a, base, right);
        // The rule is symmetric, and conflicts are exactly what stops a rebase that would otherwise apply.
        expect(findConflicts(b, a).length).toBe(conflicts.length);
        expect('conflicts' in bOnLeft).toBe(conflicts.length > 0 && base.hash !== left.hash);
        if (!bOnLeft.ok || !aOnRight.ok) return;
        const one = applyChangeSet(left, bOnLeft.changeSet);
        const other = applyChangeSet(right, aOnRight.changeSet);
        expect(one.ok && other.ok).toBe(true);
        if (!one.ok || !other.ok) return;
        expect(one.version.hash).toBe(other.version.hash);
        // Each side's changes survive the merge: articles only one side wrote have that side's texts.
        const merged = contentById(one.version);
        for (const [side, changes] of [
          [left, a],
          [right, b],
        ] as const) {
          const written = new Set(
            changes.operations.map((op) => (op.op === 'insertAfter' ? op.article.id : op.id)),
          );
          const texts = contentById(side);
          for (const id of written) expect(merged[id]).toEqual(texts[id]);
        }
      }),
      RUNS,
    );
  });

  it('equal hashes if and only if equal contents', () => {
    fc.assert(
      fc.property(versionPairArbitrary, ([v, w]) => {
        expect(v.hash === w.hash).toBe(sameContent(v, w));
        const again = createVersion(v.articles);
        expect(again.ok && again.version.hash).toBe(v.hash);
      }),
      RUNS,
    );
  });
});
