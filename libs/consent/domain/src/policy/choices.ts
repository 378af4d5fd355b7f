// A member's own consent choices: a tree in which every exception is strictly narrower than its parent and
// siblings never overlap, so the most specific choice matching a request is always unique and a member's
// choices cannot contradict each other. Each choice records what the member saw (the material version of
// each clause notice), how and when; withdrawal and expiry keep the record but end its effect.
// A choice decides only while it is in effect (given at or before the request's time, not yet withdrawn nor
// expired, docs/domain/consent.md#choices-in-effect). One that is not is skipped as if absent: the choice
// above it decides, unless a narrower exception below it is itself in effect, since that one is still the
// most specific.
import { parseInstant, type LocalizedText, type Problem } from '@lovecando/shared-util';
import { type Dimension } from './compiled-policy.js';

export interface ChoiceScope {
  readonly category?: string;
  readonly purpose?: string;
  readonly operation?: string;
  readonly recipient?: string;
}

export interface ConsentChoice {
  readonly scope: ChoiceScope;
  readonly state: 'allow' | 'deny';
  /** Clause id → material version of the notice the member was shown when choosing. */
  readonly notices: Readonly<Record<string, number>>;
  /** A separate, specific affirmative act (required where a clause asks explicit opt-in). */
  readonly explicit: boolean;
  readonly method: string;
  readonly givenAt: string;
  readonly expiresAt?: string;
  readonly withdrawnAt?: string;
  readonly children?: readonly ConsentChoice[];
}

export interface MemberChoices {
  readonly memberId: string;
  readonly choices: readonly ConsentChoice[];
}

export type ChoiceProblemCode = 'UNKNOWN_TERM' | 'NOT_NARROWER' | 'OVERLAPPING_SIBLINGS' | 'BAD_DATE';

export type ChoiceProblem = Problem<ChoiceProblemCode>;

const MESSAGES: Record<ChoiceProblemCode, LocalizedText> = {
  UNKNOWN_TERM: {
    fr: 'Terme inconnu de la politique en vigueur.',
    en: 'Term not known to the policy in force.',
  },
  NOT_NARROWER: {
    fr: 'Une exception doit être strictement plus précise que le choix qu’elle complète.',
    en: 'An exception must be strictly narrower than the choice it refines.',
  },
  OVERLAPPING_SIBLINGS: {
    fr: 'Deux choix de même niveau se recouvrent : ils pourraient se contredire.',
    en: 'Two choices at the same level overlap: they could contradict each other.',
  },
  BAD_DATE: {
    fr: 'Date invalide (format RFC 3339 attendu, avec fuseau horaire).',
    en: 'Invalid date (RFC 3339 expected, with a time zone).',
  },
};

export const DIMENSIONS: readonly Dimension[] = ['category', 'purpose', 'operation', 'recipient'];

/** How scopes relate on one dimension; `covers` answers for hierarchical terms. */
export interface ScopeTerms {
  known(dimension: Dimension, id: string): boolean;
  covers(dimension: Dimension, ancestor: string, id: string): boolean;
}

/** `inner` selects nothing outside `outer` on every dimension. */
export function scopeWithin(terms: ScopeTerms, inner: ChoiceScope, outer: ChoiceScope): boolean {
  return DIMENSIONS.every((dimension) => {
    const bound = outer[dimension];
    const value = inner[dimension];
    return bound === undefined || (value !== undefined && terms.covers(dimension, bound, value));
  });
}

/** Some request matches both scopes. */
export function scopesOverlap(terms: ScopeTerms, a: ChoiceScope, b: ChoiceScope): boolean {
  return DIMENSIONS.every((dimension) => {
    const left = a[dimension];
    const right = b[dimension];
    return (
      left === undefined ||
      right === undefined ||
      terms.covers(dimension, left, right) ||
      terms.covers(dimension, right, left)
    );
  });
}

export function checkChoices(terms: ScopeTerms, choices: readonly ConsentChoice[]): ChoiceProblem[] {
  const problems: ChoiceProblem[] = [];
  const add = (code: ChoiceProblemCode, path: string) =>
    problems.push({ code, path, message: MESSAGES[code] });
  const walk = (level: readonly ConsentChoice[], parent: ConsentChoice | undefined, at: string) => {
    level.forEach((choice, index) => {
      const path = `${at}.${index}`;
      for (const dimension of DIMENSIONS) {
        const value = choice.scope[dimension];
        if (value !== undefined && !terms.known(dimension, value))
          add('UNKNOWN_TERM', `${path}.scope.${dimension}`);
      }
      for (const field of ['givenAt', 'expiresAt', 'withdrawnAt'] as const) {
        const value = choice[field];
        if (value !== undefined && parseInstant(value) === undefined) add('BAD_DATE', `${path}.${field}`);
      }
      if (
        parent &&
        (!scopeWithin(terms, choice.scope, parent.scope) || scopeWithin(terms, parent.scope, choice.scope))
      ) {
        add('NOT_NARROWER', `${path}.scope`);
      }
      for (let other = 0; other < index; other += 1) {
        if (scopesOverlap(terms, level[other]!.scope, choice.scope))
          add('OVERLAPPING_SIBLINGS', `${path}.scope`);
      }
      walk(choice.children ?? [], choice, `${path}.children`);
    });
  };
  walk(choices, undefined, 'choices');
  return problems;
}

type Dated = Pick<ConsentChoice, 'givenAt' | 'expiresAt' | 'withdrawnAt'>;

/**
 * When a choice takes effect and stops (epoch ms): in effect at t when from <= t < until. An unreadable
 * date (only possible where choices are not checked, as in an impact) reads as NaN, so the choice is never
 * in effect.
 */
export function effectWindow(choice: Dated): { from: number; until: number } {
  const read = (value: string | undefined) =>
    value === undefined ? Infinity : (parseInstant(value) ?? Number.NaN);
  return {
    from: parseInstant(choice.givenAt) ?? Number.NaN,
    until: Math.min(read(choice.expiresAt), read(choice.withdrawnAt)),
  };
}

/** Whether the choice is in effect at `time` (given, not yet expired, not withdrawn). */
export function choiceActive(choice: Dated, time: number): boolean {
  const { from, until } = effectWindow(choice);
  return from <= time && time < until;
}
