// Conflicts: a new or modified permit that an existing prohibit blocks (prohibitions override,
// docs/domain/consent.md#decisions rule 3), so part of what the proposal permits would stay denied. Clauses
// select products of term sets, so two clauses share a cell exactly when they share a term on each of the
// four dimensions: one OR of mask rows per dimension and one AND across dimensions find every overlapping
// clause at once. A conflict is about the clauses' lifetimes, not one instant: the permit and the prohibit
// must both be in force at some moment from `time` on (a prohibit that already expired blocks nothing).
import { DIMENSIONS } from '../policy/choices.js';
import { type CompiledClause, type CompiledPolicy } from '../policy/compiled-policy.js';
import { type ClauseChange } from './clause-diff.js';
import { type Conflict } from './types.js';

function overlapping(policy: CompiledPolicy, bit: number): number[] {
  const { words } = policy;
  const word = bit >>> 5;
  const flag = 1 << (bit & 31);
  const common = new Uint32Array(words).fill(0xffffffff);
  for (const dimension of DIMENSIONS) {
    const mask = policy.masks[dimension];
    const union = new Uint32Array(words);
    for (let row = 0; row < policy.index[dimension].size; row += 1) {
      if (!(mask[row * words + word]! & flag)) continue;
      for (let w = 0; w < words; w += 1) union[w] = union[w]! | mask[row * words + w]!;
    }
    for (let w = 0; w < words; w += 1) common[w] = common[w]! & union[w]!;
  }
  const bits: number[] = [];
  for (let w = 0; w < words; w += 1) {
    let rest = common[w]!;
    while (rest !== 0) {
      const low = rest & -rest;
      bits.push((w << 5) + 31 - Math.clz32(low));
      rest ^= low;
    }
  }
  return bits;
}

const inForceTogether = (a: CompiledClause, b: CompiledClause, time: number) =>
  Math.max(a.validFrom, b.validFrom, time) < Math.min(a.validUntil, b.validUntil);

export function findConflicts(
  after: CompiledPolicy,
  changes: readonly ClauseChange[],
  time: number,
): Conflict[] {
  const byId = new Map(after.clauses.map((clause) => [clause.id, clause]));
  const conflicts: Conflict[] = [];
  for (const change of changes) {
    const permit = change.after && change.after.effect === 'permit' ? byId.get(change.id) : undefined;
    if (!permit) continue;
    const prohibitIds = overlapping(after, permit.index)
      .map((bit) => after.clauses[bit]!)
      .filter((clause) => clause.effect === 'prohibit' && inForceTogether(permit, clause, time))
      .map((clause) => clause.id);
    if (prohibitIds.length) conflicts.push({ permitId: permit.id, prohibitIds });
  }
  return conflicts;
}
