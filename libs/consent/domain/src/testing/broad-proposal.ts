// A large world and a proposal with one broad clause, shared by the impact spec (which checks the exact
// report) and `npm run bench -- consent` (which times it): 200 categories × 60 purposes × 6 operations ×
// 100 recipients (7.2 million cells), 500 clauses, 10,000 members of whom 1,000 have choices, and a
// proposal that adds three clauses (one of them a permit over a whole category root and purpose root, for
// every operation and recipient), modifies two and repeals one. Deterministic, so every run sees the same.
import { type Clause, type MemberControl, type Recipient } from '../clauses/clause.js';
import { type ConsentChoice, type MemberChoices } from '../policy/choices.js';
import { compile, type Compiled } from '../policy/compile.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { type Population } from '../impact/types.js';
import { at } from './fixtures.js';

const CONTROLS: MemberControl[] = ['none', 'opt-out', 'opt-in', 'explicit-opt-in'];
const OPERATIONS = ['use', 'store', 'share', 'combine', 'profile', 'infer'];

/** A small deterministic generator (LCG), so every run sees the same world. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], most: number): T[] => [
    ...new Set(Array.from({ length: 1 + int(most) }, () => pick(list))),
  ];
  return { next, int, pick, some };
}

function largeWorld() {
  const categories: string[] = [];
  for (let root = 0; root < 20; root += 1) {
    categories.push(`cat${root}`);
    for (let child = 0; child < 3; child += 1) {
      categories.push(`cat${root}.sub${child}`);
      for (let leaf = 0; leaf < 2; leaf += 1) categories.push(`cat${root}.sub${child}.leaf${leaf}`);
    }
  }
  const purposes: string[] = [];
  for (let root = 0; root < 10; root += 1) {
    purposes.push(`pur${root}`);
    for (let child = 0; child < 5; child += 1) purposes.push(`pur${root}.sub${child}`);
  }
  const node = (id: string) => ({ id, label: { fr: id, en: id } });
  const loaded = loadTaxonomy({
    version: 'large',
    categories: categories.map(node),
    purposes: purposes.map(node),
    operations: OPERATIONS.map(node),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const recipients: Recipient[] = Array.from({ length: 100 }, (_, n) => ({
    id: `svc${String(n).padStart(3, '0')}`,
    name: `Service ${n}`,
    kind: 'third-party',
    jurisdiction: 'FR',
  }));
  return { taxonomy: loaded.taxonomy, recipients, categories, purposes };
}

export interface BroadProposal {
  /** The clauses in force and the proposed ones. */
  readonly clauses: readonly Clause[];
  readonly proposal: readonly Clause[];
  readonly before: Compiled;
  readonly after: Compiled;
  readonly population: Population;
  readonly time: number;
}

export function broadProposal(): BroadProposal {
  const world = largeWorld();
  const rng = random(42);
  const recipientIds = world.recipients.map((recipient) => recipient.id);
  const clause = (id: string, overrides: Partial<Clause> = {}): Clause => {
    const effect = rng.next() < 0.8 ? 'permit' : 'prohibit';
    return {
      id,
      effect,
      floor: false,
      dataCategories: rng.some(world.categories, 2),
      purposes: rng.some(world.purposes, 2),
      operations: rng.next() < 0.2 ? 'all' : rng.some(OPERATIONS, 3),
      recipients: rng.next() < 0.1 ? 'all' : rng.some(recipientIds, 5),
      legalBasis: 'consent',
      memberControl: effect === 'permit' ? rng.pick(CONTROLS) : 'none',
      duties: effect === 'permit' ? { retentionDays: 30 + rng.int(700) } : {},
      notice: { fr: 'n', en: 'n' },
      materialVersion: 1,
      ...overrides,
    };
  };
  const clauses = Array.from({ length: 500 }, (_, n) => clause(`clause-${String(n).padStart(3, '0')}`));
  const members: MemberChoices[] = Array.from({ length: 1000 }, (_, n) => {
    // Disjoint top-level scopes (distinct category roots), each with a narrower exception.
    const roots = rng.some([...Array(20).keys()], 3);
    const choices = roots.map((root): ConsentChoice => ({
      scope: { category: `cat${root}` },
      state: rng.next() < 0.5 ? 'allow' : 'deny',
      notices: Object.fromEntries(rng.some(clauses, 20).map((c) => [c.id, c.materialVersion])),
      explicit: true,
      method: 'web',
      givenAt: '2026-01-01T00:00:00Z',
      children: [
        {
          scope: { category: `cat${root}.sub0`, purpose: rng.pick(world.purposes) },
          state: rng.next() < 0.5 ? 'allow' : 'deny',
          notices: {},
          explicit: false,
          method: 'web',
          givenAt: '2026-01-01T00:00:00Z',
        },
      ],
    }));
    return { memberId: `member-${n}`, choices };
  });
  const memberIds = Array.from({ length: 10_000 }, (_, n) => `member-${n}`);

  const proposal = [
    ...clauses
      .slice(1)
      .map((c, n) =>
        n === 10
          ? { ...c, memberControl: 'opt-out' as const }
          : n === 20
            ? { ...c, recipients: 'all' as const }
            : c,
      ),
    clause('new-broad', {
      effect: 'permit',
      dataCategories: ['cat3'],
      purposes: ['pur4'],
      operations: 'all',
      recipients: 'all',
      memberControl: 'opt-in',
      duties: { retentionDays: 365 },
    }),
    clause('new-narrow-1', { effect: 'permit', memberControl: 'opt-out', duties: { retentionDays: 90 } }),
    clause('new-narrow-2', { effect: 'prohibit', memberControl: 'none', duties: {} }),
  ];
  const before = compile({ taxonomy: world.taxonomy, recipients: world.recipients, clauses });
  const after = compile({ taxonomy: world.taxonomy, recipients: world.recipients, clauses: proposal });
  return {
    clauses,
    proposal,
    before,
    after,
    population: { members, memberIds },
    time: at('2026-06-01T00:00:00Z'),
  };
}
