// Carrying amendments written against one version over to a newer one. The newer version's changes are
// computed once as a change set (diffVersions); an amendment that touches none of the articles those
// changes touch (see conflicts.ts for the exact rule) keeps its operations, with the new base, provided they
// still apply; otherwise the conflicts go back to its authors.
import { type ChangeSet, type TermsVersion } from '../document/types.js';
import { baseMismatch, type ApplyError } from './apply-errors.js';
import { applyOperations } from './apply.js';
import { conflictChecker, type Conflict } from './conflicts.js';
import { diffVersions } from './diff.js';

export type RebaseResult =
  | { readonly ok: true; readonly changeSet: ChangeSet }
  /** `left` operations are the amendment's, `right` ones are those of `upstream`, the change from → to. */
  | { readonly ok: false; readonly conflicts: readonly Conflict[]; readonly upstream: ChangeSet }
  | { readonly ok: false; readonly error: ApplyError };

/** Rebases one amendment of `from` onto `to`. */
export function rebase(changeSet: ChangeSet, from: TermsVersion, to: TermsVersion): RebaseResult {
  return rebaser(from, to)(changeSet);
}

/** Rebases many amendments of `from` onto `to`, computing the change from → to only once. */
export function rebaseAll(
  changeSets: readonly ChangeSet[],
  from: TermsVersion,
  to: TermsVersion,
): RebaseResult[] {
  return changeSets.map(rebaser(from, to));
}

function rebaser(from: TermsVersion, to: TermsVersion): (changeSet: ChangeSet) => RebaseResult {
  if (from.hash === to.hash) {
    return (changeSet) =>
      changeSet.base === from.hash
        ? { ok: true, changeSet }
        : { ok: false, error: baseMismatch(from.hash, changeSet.base) };
  }
  const upstream = diffVersions(from, to);
  const conflictsWith = conflictChecker(upstream);
  return (changeSet) => {
    if (changeSet.base !== from.hash) return { ok: false, error: baseMismatch(from.hash, changeSet.base) };
    const conflicts = conflictsWith(changeSet);
    if (conflicts.length > 0) return { ok: false, conflicts, upstream };
    // No hash of the result is needed to know that the operations apply, and hashing is the costly part.
    const applied = applyOperations(to, changeSet.operations);
    if (!applied.ok) return applied;
    return { ok: true, changeSet: { base: to.hash, operations: changeSet.operations } };
  };
}
