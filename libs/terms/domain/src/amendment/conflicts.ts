// When two amendments of the same version cannot both be applied without a person deciding.
//
// An operation *targets* the article it writes: the inserted article of an `insertAfter`, the article of a
// `replace`, `delete` or `move`. It *depends on* its anchor: the article named by `after` in an
// `insertAfter` or a `move` (`null`, the start of the document, counts as an anchor too).
//
// Two change sets conflict on an article when
//   1. both target it (two edits of one article, an edit of an article the other deletes, two inserts of
//      the same new id…), or
//   2. one depends on it while the other deletes or moves it (the place it refers to is gone or elsewhere), or
//   3. both depend on it (two articles inserted or moved after the same anchor: their order is ambiguous).
// Merely editing an article that the other uses as an anchor is not a conflict: the place still exists.
import { type ChangeSet, type Operation } from '../document/types.js';

/** An operation and its 0-based index in its change set. */
export interface IndexedOperation {
  readonly index: number;
  readonly op: Operation;
}

export interface Conflict {
  /** The article both sides touch; null for the start of the document (both insert or move there). */
  readonly articleId: string | null;
  /** Every operation of the first change set that targets or depends on the article. */
  readonly left: readonly IndexedOperation[];
  /** The same for the second change set. */
  readonly right: readonly IndexedOperation[];
}

export interface TouchedArticles {
  /** Articles written, in order of first appearance. */
  readonly targets: readonly string[];
  /** Anchors of `insertAfter` and `move`, in order of first appearance (null: the start). */
  readonly dependsOn: readonly (string | null)[];
}

export function operationTarget(operation: Operation): string {
  return operation.op === 'insertAfter' ? operation.article.id : operation.id;
}

/** The anchor of an operation that places an article; undefined for `replace` and `delete`. */
export function operationAnchor(operation: Operation): string | null | undefined {
  return operation.op === 'insertAfter' || operation.op === 'move' ? operation.after : undefined;
}

export function touchedArticles(changeSet: ChangeSet): TouchedArticles {
  const targets = new Set<string>();
  const dependsOn = new Set<string | null>();
  for (const operation of changeSet.operations) {
    targets.add(operationTarget(operation));
    const anchor = operationAnchor(operation);
    if (anchor !== undefined) dependsOn.add(anchor);
  }
  return { targets: [...targets], dependsOn: [...dependsOn] };
}

/** How one change set uses each article, with the operations involved. */
interface Usage {
  targeted: boolean;
  /** Deleted or moved: its place changes. */
  displaced: boolean;
  anchored: boolean;
  operations: IndexedOperation[];
}

type UsageMap = Map<string | null, Usage>;

function usageOf(changeSet: ChangeSet): UsageMap {
  const usage: UsageMap = new Map();
  const entry = (articleId: string | null): Usage => {
    let found = usage.get(articleId);
    if (found === undefined) {
      found = { targeted: false, displaced: false, anchored: false, operations: [] };
      usage.set(articleId, found);
    }
    return found;
  };
  changeSet.operations.forEach((op, index) => {
    const target = entry(operationTarget(op));
    target.targeted = true;
    target.displaced ||= op.op === 'delete' || op.op === 'move';
    target.operations.push({ index, op });
    const anchorId = operationAnchor(op);
    if (anchorId === undefined) return;
    const anchor = entry(anchorId);
    anchor.anchored = true;
    // An operation whose target is its own anchor is refused by apply; listing it once is enough.
    if (anchor !== target) anchor.operations.push({ index, op });
  });
  return usage;
}

function clash(a: Usage, b: Usage): boolean {
  return (
    (a.targeted && b.targeted) ||
    (a.anchored && b.displaced) ||
    (b.anchored && a.displaced) ||
    (a.anchored && b.anchored)
  );
}

/** The articles on which two change sets of the same version conflict, ordered by the first one's operations. */
export function findConflicts(left: ChangeSet, right: ChangeSet): Conflict[] {
  return findConflictsWithUsage(usageOf(left), usageOf(right));
}

/** Precomputes the usage of a change set that is compared with many others (rebase of many amendments). */
export function conflictChecker(right: ChangeSet): (left: ChangeSet) => Conflict[] {
  const rightUsage = usageOf(right);
  return (left) => findConflictsWithUsage(usageOf(left), rightUsage);
}

function findConflictsWithUsage(leftUsage: UsageMap, rightUsage: UsageMap): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const [articleId, a] of leftUsage) {
    const b = rightUsage.get(articleId);
    if (b !== undefined && clash(a, b))
      conflicts.push({ articleId, left: a.operations, right: b.operations });
  }
  const first = (conflict: Conflict) => conflict.left[0]?.index ?? 0;
  return conflicts.sort((x, y) => first(x) - first(y) || (x.right[0]?.index ?? 0) - (y.right[0]?.index ?? 0));
}
