// fast-check generators of whole worlds for the consent property tests: a random dotted taxonomy, clauses
// over it (including unknown terms and validity windows), a valid member choice tree whose choices are
// given, withdrawn and expire around the request times, and requests.
import fc from 'fast-check';
import { type Clause, type LegalBasis, type MemberControl, type Recipient } from '../clauses/clause.js';
import {
  checkChoices,
  scopeWithin,
  scopesOverlap,
  type ConsentChoice,
  type ScopeTerms,
} from '../policy/choices.js';
import { type DecisionRequest } from '../policy/decision.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { type Taxonomy } from '../taxonomy/types.js';
import { at } from './fixtures.js';

const INSTANTS = [
  '2026-01-01T00:00:00Z',
  '2026-03-01T00:00:00Z',
  '2026-06-01T00:00:00Z',
  '2026-09-01T00:00:00Z',
];
/** The instants requests are asked at (the impact properties ask on 15 April). */
const REQUEST_TIMES = [
  ...INSTANTS,
  '2025-12-31T00:00:00Z',
  '2026-04-15T00:00:00Z',
  '2026-07-15T00:00:00Z',
].map(at);
/**
 * When a choice is given, withdrawn or expires: at a request time or a millisecond either side of one, so
 * every request meets choices in effect and not in effect, on both sides of each bound.
 */
const CHOICE_INSTANTS = REQUEST_TIMES.flatMap((time) => [time - 1, time, time + 1]).map((time) =>
  new Date(time).toISOString(),
);
const OPERATIONS = ['use', 'store', 'share'];
export const RECIPIENT_IDS = ['r1', 'r2', 'r3'];
const CONTROLS: MemberControl[] = ['none', 'opt-out', 'opt-in', 'explicit-opt-in'];
const BASES: LegalBasis[] = ['consent', 'contract', 'legitimate-interest'];

/** Dotted ids closed under prefixes, e.g. a, a.b, a.b.c. */
const hierarchy = (letters: string[]) =>
  fc
    .uniqueArray(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 4,
    })
    .map((paths) => {
      const ids = new Set<string>();
      for (const path of paths)
        for (let depth = 1; depth <= path.length; depth += 1) ids.add(path.slice(0, depth).join('.'));
      return [...ids];
    });

export interface World {
  taxonomy: Taxonomy;
  recipients: Recipient[];
  categories: string[];
  purposes: string[];
}

export const worldArbitrary: fc.Arbitrary<World> = fc
  .tuple(hierarchy(['a', 'b', 'c']), hierarchy(['p', 'q']))
  .map(([categories, purposes]) => {
    const node = (id: string) => ({ id, label: { fr: id, en: id } });
    const loaded = loadTaxonomy({
      version: 'prop',
      categories: categories.map(node),
      purposes: purposes.map(node),
      operations: OPERATIONS.map(node),
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const recipients: Recipient[] = RECIPIENT_IDS.map((id) => ({
      id,
      name: id,
      kind: 'processor',
      jurisdiction: 'FR',
    }));
    return { taxonomy: loaded.taxonomy, recipients, categories, purposes };
  });

const withUnknown = (ids: string[]) =>
  fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constant('zz') });
/** Absent most of the time (an open validity window, a choice that never expires). */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arbitrary });
/** Absent as often as not (a choice withdrawn or expiring). */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arbitrary });

export const clauseArbitrary = (world: World, id: string): fc.Arbitrary<Clause> =>
  fc
    .record({
      // Permits outnumber prohibits, so the member layer is reached often.
      effect: fc.constantFrom('permit' as const, 'permit' as const, 'permit' as const, 'prohibit' as const),
      dataCategories: fc.uniqueArray(withUnknown(world.categories), { minLength: 1, maxLength: 2 }),
      purposes: fc.uniqueArray(withUnknown(world.purposes), { minLength: 1, maxLength: 2 }),
      operations: fc.oneof(
        fc.constant('all' as const),
        fc.uniqueArray(fc.constantFrom(...OPERATIONS), { minLength: 1, maxLength: 2 }),
      ),
      recipients: fc.oneof(
        fc.constant('all' as const),
        fc.uniqueArray(fc.constantFrom(...RECIPIENT_IDS), { minLength: 1, maxLength: 2 }),
      ),
      memberControl: fc.constantFrom(...CONTROLS),
      legalBasis: fc.constantFrom(...BASES),
      retentionDays: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
      pseudonymise: fc.boolean(),
      minAggregationK: fc.option(fc.integer({ min: 2, max: 50 }), { nil: undefined }),
      validFrom: rarely(fc.constantFrom(...INSTANTS)),
      validUntil: rarely(fc.constantFrom(...INSTANTS)),
      materialVersion: fc.integer({ min: 1, max: 3 }),
    })
    .map((r) => ({
      id,
      effect: r.effect,
      floor: false,
      dataCategories: r.dataCategories,
      purposes: r.purposes,
      operations: r.operations,
      recipients: r.recipients,
      legalBasis: r.legalBasis,
      memberControl: r.memberControl,
      duties: {
        ...(r.retentionDays === undefined ? {} : { retentionDays: r.retentionDays }),
        ...(r.pseudonymise ? { pseudonymise: true } : {}),
        ...(r.minAggregationK === undefined ? {} : { minAggregationK: r.minAggregationK }),
      },
      ...(r.validFrom === undefined ? {} : { validFrom: r.validFrom }),
      ...(r.validUntil === undefined ? {} : { validUntil: r.validUntil }),
      notice: { fr: 'n', en: 'n' },
      materialVersion: r.materialVersion,
    }));

export const clausesArbitrary = (world: World, prefix = 'c') =>
  fc
    .integer({ min: 0, max: 8 })
    .chain((count) =>
      fc.tuple(...Array.from({ length: count }, (_, n) => clauseArbitrary(world, `${prefix}${n}`))),
    );

export function scopeTermsOf(world: World): ScopeTerms {
  return {
    known: (dimension, id) =>
      dimension === 'recipient' ? RECIPIENT_IDS.includes(id) : world.taxonomy.has(dimension, id),
    covers: (dimension, ancestor, id) =>
      dimension === 'category' || dimension === 'purpose'
        ? world.taxonomy.covers(dimension, ancestor, id)
        : ancestor === id,
  };
}

/** What the member saw: mostly the current notice of each clause, sometimes an older one, sometimes none. */
const noticesArbitrary = (clauses: readonly Clause[]) =>
  fc
    .tuple(
      ...clauses.map((clause) =>
        fc.constantFrom(
          clause.materialVersion,
          clause.materialVersion,
          clause.materialVersion - 1,
          undefined,
        ),
      ),
    )
    .map((versions) =>
      Object.fromEntries(
        clauses.flatMap((clause, n) =>
          versions[n] === undefined || versions[n] < 1 ? [] : [[clause.id, versions[n]] as const],
        ),
      ),
    );

const rawChoice = (world: World, clauses: readonly Clause[], depth: number): fc.Arbitrary<ConsentChoice> =>
  fc
    .record({
      category: rarely(fc.constantFrom(...world.categories)),
      purpose: rarely(fc.constantFrom(...world.purposes)),
      operation: rarely(fc.constantFrom(...OPERATIONS)),
      recipient: rarely(fc.constantFrom(...RECIPIENT_IDS)),
      state: fc.constantFrom('allow' as const, 'deny' as const),
      notices: noticesArbitrary(clauses),
      explicit: fc.boolean(),
      // Mostly long given, so that deep trees are often in effect; otherwise around a request time.
      givenAt: fc.oneof(
        { weight: 2, arbitrary: fc.constant('2025-06-01T00:00:00Z') },
        { weight: 3, arbitrary: fc.constantFrom(...CHOICE_INSTANTS) },
      ),
      expiresAt: sometimes(fc.constantFrom(...CHOICE_INSTANTS)),
      withdrawnAt: sometimes(fc.constantFrom(...CHOICE_INSTANTS)),
    })
    .chain((r) =>
      (depth > 0
        ? fc.array(rawChoice(world, clauses, depth - 1), { maxLength: 2 })
        : fc.constant([] as ConsentChoice[])
      ).map((children) => {
        const scope = {
          ...(r.category === undefined ? {} : { category: r.category }),
          ...(r.purpose === undefined ? {} : { purpose: r.purpose }),
          ...(r.operation === undefined ? {} : { operation: r.operation }),
          ...(r.recipient === undefined ? {} : { recipient: r.recipient }),
        };
        return {
          scope,
          state: r.state,
          notices: r.notices,
          explicit: r.explicit,
          method: 'test',
          givenAt: r.givenAt,
          ...(r.expiresAt === undefined ? {} : { expiresAt: r.expiresAt }),
          ...(r.withdrawnAt === undefined ? {} : { withdrawnAt: r.withdrawnAt }),
          children,
        };
      }),
    );

/** Keeps only what a valid tree allows: each kept child strictly narrower, kept siblings disjoint. */
function repair(
  terms: ScopeTerms,
  level: readonly ConsentChoice[],
  parent: ConsentChoice | undefined,
): ConsentChoice[] {
  const kept: ConsentChoice[] = [];
  for (const choice of level) {
    if (
      parent &&
      (!scopeWithin(terms, choice.scope, parent.scope) || scopeWithin(terms, parent.scope, choice.scope))
    )
      continue;
    if (kept.some((sibling) => scopesOverlap(terms, sibling.scope, choice.scope))) continue;
    kept.push({ ...choice, children: repair(terms, choice.children ?? [], choice) });
  }
  return kept;
}

export const choicesArbitrary = (world: World, clauses: readonly Clause[]): fc.Arbitrary<ConsentChoice[]> =>
  fc.array(rawChoice(world, clauses, 2), { maxLength: 3 }).map((raw) => {
    const terms = scopeTermsOf(world);
    const tree = repair(terms, raw, undefined);
    if (checkChoices(terms, tree).length) throw new Error('repair left an invalid tree');
    return tree;
  });

export const requestArbitrary = (world: World): fc.Arbitrary<DecisionRequest> =>
  fc.record({
    member: fc.constant('m'),
    category: withUnknown(world.categories),
    purpose: withUnknown(world.purposes),
    operation: fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom(...OPERATIONS) },
      { weight: 1, arbitrary: fc.constant('sell') },
    ),
    recipient: fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom(...RECIPIENT_IDS) },
      { weight: 1, arbitrary: fc.constant('rx') },
    ),
    // Now and then no valid instant, as a careless caller sends: it must be refused, never allowed.
    time: fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom(...REQUEST_TIMES) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          Number.NaN,
          Number.POSITIVE_INFINITY,
          Number.NEGATIVE_INFINITY,
          // A JavaScript caller may leave the time out altogether.
          undefined as unknown as number,
        ),
      },
    ),
  });
