// Floor (charter) rules a policy change would break: a POLICY proposal may not remove or modify a floor
// clause of the snapshot in force; only a CHARTER proposal can (docs/domain/consent.md#floor-rules).
import { type ClauseChange } from './clause-diff.js';
import { type FloorViolation } from './types.js';

export function floorViolations(changes: readonly ClauseChange[]): FloorViolation[] {
  return changes.flatMap((change) =>
    change.before?.floor && change.change !== 'added'
      ? [{ clauseId: change.id, change: change.change === 'removed' ? 'removed' : 'modified' } as const]
      : [],
  );
}
