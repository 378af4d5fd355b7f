// Members who would have to consent again: their consent was given against the notice of an opt-in (or
// explicit-opt-in) clause whose material version the change bumps, so from enactment the member layer
// answers RECONSENT_NEEDED for them (member-layer.ts). Only consent still in effect at `time` counts: a
// refusal, or a withdrawn or expired consent, asks nothing of the member.
import { type ConsentChoice } from '../policy/choices.js';
import { choiceActive } from '../policy/choices.js';
import { type ClauseChange } from './clause-diff.js';
import { type PopulationView } from './member-effect.js';

const isOptIn = (control: string) => control === 'opt-in' || control === 'explicit-opt-in';

export function reconsentNeeded(
  changes: readonly ClauseChange[],
  population: PopulationView,
  time: number,
): string[] {
  // Clause id → the material version in force after the change, for bumped opt-in clauses only.
  const bumped = new Map<string, number>();
  for (const { id, before, after } of changes) {
    if (
      before &&
      after &&
      after.materialVersion > before.materialVersion &&
      (isOptIn(before.memberControl) || isOptIn(after.memberControl))
    )
      bumped.set(id, after.materialVersion);
  }
  if (bumped.size === 0) return [];
  const stale = (choice: ConsentChoice): boolean =>
    (choice.state === 'allow' &&
      choiceActive(choice, time) &&
      Object.entries(choice.notices).some(([id, seen]) => seen < (bumped.get(id) ?? -Infinity))) ||
    (choice.children ?? []).some(stale);
  return population.withChoices
    .filter((member) => member.choices.some(stale))
    .map((member) => member.memberId)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
