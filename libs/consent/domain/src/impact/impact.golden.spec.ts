// Golden scenarios of the impact report (docs/domain/consent.md#impact-of-a-change): one per field, exact
// outputs.
import { type Clause } from '../clauses/clause.js';
import { type ConsentChoice, type MemberChoices } from '../policy/choices.js';
import { compile } from '../policy/compile.js';
import { at, permit, prohibit, RECIPIENTS, smallTaxonomy } from '../testing/fixtures.js';
import { collectiveOutcome } from './collective.js';
import { impact } from './impact.js';
import { type Impact, type Population } from './types.js';

const NOW = at('2026-06-01T12:00:00Z');
const taxonomy = smallTaxonomy();
const build = (clauses: Clause[], recipients = RECIPIENTS) => compile({ taxonomy, recipients, clauses });
const nobody: Population = { members: [] };

const run = (before: Clause[], after: Clause[], population: Population = nobody) =>
  impact(build(before), build(after), population, NOW);

const choice = (overrides: Partial<ConsentChoice> = {}): ConsentChoice => ({
  scope: {},
  state: 'allow',
  notices: {},
  explicit: true,
  method: 'web-form',
  givenAt: '2026-01-01T00:00:00Z',
  ...overrides,
});
const member = (memberId: string, ...choices: ConsentChoice[]): MemberChoices => ({ memberId, choices });

const EMPTY: Impact = {
  newlyAllowed: [],
  newlyDenied: [],
  controlChanged: [],
  membersAffected: 0,
  servicesGaining: [],
  servicesLosing: [],
  conflicts: [],
  noOps: [],
  reconsent: [],
  floorViolations: [],
};

const steps = permit({
  id: 'steps',
  dataCategories: ['health.activity'],
  purposes: ['research.public-health'],
  operations: ['use', 'store'],
  recipients: ['uni-x'],
});

describe('impact, golden scenarios', () => {
  it('reports nothing for an unchanged policy', () => {
    expect(run([steps], [steps], { members: [member('ada', choice())] })).toEqual(EMPTY);
  });

  it('lists newly allowed cells by recipient then purpose, and the services gaining access', () => {
    const result = run([], [steps]);
    expect(result.newlyAllowed).toEqual([
      {
        recipient: 'uni-x',
        purpose: 'research.public-health',
        cells: [
          { category: 'health.activity', operation: 'use' },
          { category: 'health.activity', operation: 'store' },
          { category: 'health.activity.steps', operation: 'use' },
          { category: 'health.activity.steps', operation: 'store' },
        ],
      },
    ]);
    expect(result.servicesGaining).toEqual(['uni-x']);
    expect(result.newlyDenied).toEqual([]);
    expect(result.servicesLosing).toEqual([]);
  });

  it('lists newly denied cells and the services losing access', () => {
    const ads = permit({
      id: 'ads',
      dataCategories: ['contact.email'],
      purposes: ['marketing'],
      recipients: ['adtech', 'host'],
      legalBasis: 'legitimate-interest',
      memberControl: 'opt-out',
    });
    const ban = prohibit({
      id: 'ban',
      dataCategories: ['contact'],
      purposes: ['marketing'],
      recipients: ['adtech'],
    });
    const result = run([ads], [ads, ban]);
    expect(result.newlyDenied).toEqual([
      { recipient: 'adtech', purpose: 'marketing', cells: [{ category: 'contact.email', operation: 'use' }] },
    ]);
    expect(result.servicesLosing).toEqual(['adtech']);
    expect(result.newlyAllowed).toEqual([]);
    // A new prohibit is not a conflict: conflicts are about permits the proposal adds or changes.
    expect(result.conflicts).toEqual([]);
  });

  it('shows a member control that is weakened (opt-in → opt-out)', () => {
    const before = permit({ id: 'sleep', dataCategories: ['health.sleep'], memberControl: 'opt-in' });
    const after = {
      ...before,
      memberControl: 'opt-out' as const,
      legalBasis: 'legitimate-interest' as const,
    };
    const result = run([before], [after], { members: [], memberIds: ['ada', 'bob'] });
    expect(result.controlChanged).toEqual(
      ['research', 'research.commercial', 'research.public-health'].map((purpose) => ({
        recipient: 'uni-x',
        purpose,
        cells: [
          { category: 'health.sleep', operation: 'use', from: 'opt-in', to: 'opt-out', weakened: true },
        ],
      })),
    );
    expect(result.newlyAllowed).toEqual([]);
    // Members who never answered were asked nothing before and are now included unless they object.
    expect(result.membersAffected).toBe(2);
  });

  it('names the prohibit that blocks a new permit', () => {
    const ban = prohibit({
      id: 'no-commercial-health',
      floor: true,
      dataCategories: ['health'],
      purposes: ['research.commercial'],
      operations: 'all',
      recipients: 'all',
    });
    const open = permit({ id: 'open-research', dataCategories: ['health.activity'], purposes: ['research'] });
    const result = run([ban], [ban, open]);
    expect(result.conflicts).toEqual([{ permitId: 'open-research', prohibitIds: ['no-commercial-health'] }]);
    expect(result.newlyAllowed.map((group) => group.purpose)).toEqual(['research', 'research.public-health']);
  });

  it('does not report a conflict with a prohibit that has expired', () => {
    const old = prohibit({ id: 'old-ban', purposes: ['research'], validUntil: '2026-01-01T00:00:00Z' });
    expect(run([old], [old, steps]).conflicts).toEqual([]);
  });

  it('finds the changes that change nothing', () => {
    const ban = prohibit({
      id: 'ban',
      dataCategories: ['health'],
      purposes: ['marketing'],
      recipients: 'all',
    });
    const shadowed = permit({ id: 'shadowed', dataCategories: ['health.sleep'], purposes: ['marketing'] });
    const duplicate = { ...steps, id: 'steps-again', duties: { retentionDays: 900 } };
    const reworded = { ...steps, notice: { fr: 'Nouveau texte', en: 'New wording' } };
    const shorter = { ...steps, id: 'steps-short', duties: { retentionDays: 30 } };
    const result = run([ban, steps], [ban, reworded, shadowed, duplicate, shorter]);
    expect(result.noOps).toEqual([
      { clauseId: 'shadowed', change: 'added' },
      { clauseId: 'steps', change: 'modified' },
      { clauseId: 'steps-again', change: 'added' },
    ]);
    // A shorter retention changes no outcome but changes the duties: it is not a no-op.
    expect(result.newlyAllowed).toEqual([]);
    expect(result.conflicts).toEqual([{ permitId: 'shadowed', prohibitIds: ['ban'] }]);
  });

  it('asks members to consent again after a material change of an opt-in clause', () => {
    const bumped = { ...steps, materialVersion: 2, notice: { fr: 'Étendu', en: 'Extended' } };
    const scope = { category: 'health' };
    const population: Population = {
      members: [
        member('ada', choice({ scope, notices: { steps: 1 } })),
        member('bob', choice({ scope, state: 'deny', notices: { steps: 1 } })),
        member('cyd', choice({ scope, notices: { other: 1 } })),
        member('dan', choice({ scope, notices: { steps: 1 }, withdrawnAt: '2026-02-01T00:00:00Z' })),
      ],
    };
    const result = run([steps], [bumped], population);
    expect(result.reconsent).toEqual(['ada']);
    // Ada's consent no longer covers the current notice: her data is not used until she consents again.
    expect(result.membersAffected).toBe(1);
    expect(result.newlyAllowed).toEqual([]);
    expect(result.noOps).toEqual([]);
    // With nobody having consented, the bump changes no decision.
    expect(run([steps], [bumped]).noOps).toEqual([{ clauseId: 'steps', change: 'modified' }]);
  });

  it('reports a floor that is removed and a floor that is modified', () => {
    const noSale = prohibit({ id: 'no-sale', floor: true, operations: ['share'], recipients: 'all' });
    const noAds = prohibit({ id: 'no-ads', floor: true, purposes: ['marketing'], recipients: ['adtech'] });
    const widened = { ...noAds, dataCategories: ['health', 'contact'] };
    const result = run([noSale, noAds, steps], [widened, steps]);
    expect(result.floorViolations).toEqual([
      { clauseId: 'no-ads', change: 'modified' },
      { clauseId: 'no-sale', change: 'removed' },
    ]);
  });

  it('counts affected members with and without choices exactly', () => {
    const optOut = permit({
      id: 'contact-research',
      dataCategories: ['contact'],
      purposes: ['research'],
      recipients: ['uni-x'],
      legalBasis: 'legitimate-interest',
      memberControl: 'opt-out',
    });
    const objects = member('ada', choice({ scope: { category: 'contact' }, state: 'deny' }));
    const objectsElsewhere = member('bob', choice({ scope: { category: 'health' }, state: 'deny' }));
    const objectsPartly = member(
      'cyd',
      choice({
        scope: { category: 'contact' },
        state: 'deny',
        children: [choice({ scope: { category: 'contact.email' }, state: 'allow' })],
      }),
    );
    const members = [objects, objectsElsewhere, objectsPartly];
    // ada objected everywhere the permit reaches; bob and cyd (through her exception) are newly included.
    expect(run([], [optOut], { members }).membersAffected).toBe(2);
    // Two more members without any choice: one group, both affected.
    expect(
      run([], [optOut], { members, memberIds: ['ada', 'bob', 'cyd', 'eve', 'fay', 'eve'] }).membersAffected,
    ).toBe(4);
    // memberIds is the population: ada's choices alone, and she is not affected.
    expect(run([], [optOut], { members, memberIds: ['ada'] }).membersAffected).toBe(0);
  });

  it('reads member choices in effect at the impact’s time: a withdrawn exception no longer counts', () => {
    const optOut = permit({
      id: 'contact-research',
      dataCategories: ['contact'],
      purposes: ['research'],
      recipients: ['uni-x'],
      legalBasis: 'legitimate-interest',
      memberControl: 'opt-out',
    });
    const objection = (exception: Partial<ConsentChoice>) =>
      choice({
        scope: { category: 'contact' },
        state: 'deny',
        children: [choice({ scope: { category: 'contact.email' }, state: 'allow', ...exception })],
      });
    const members = [
      // The objection applies again to contact.email: denied before and after, not affected.
      member('ada', objection({ withdrawnAt: '2026-03-01T00:00:00Z' })),
      member('bob', objection({ expiresAt: '2026-05-01T00:00:00Z' })),
      member('cyd', objection({ givenAt: '2026-07-01T00:00:00Z' })),
      // The exception in effect lets contact.email in: affected.
      member('dan', objection({})),
    ];
    expect(run([], [optOut], { members }).membersAffected).toBe(1);
    // A consent given only after the impact's time asks nothing of its member yet.
    const bumped = { ...steps, materialVersion: 2 };
    const later = member('eve', choice({ scope: { category: 'health' }, notices: { steps: 1 } }));
    const future = member(
      'fay',
      choice({ scope: { category: 'health' }, notices: { steps: 1 }, givenAt: '2026-07-01T00:00:00Z' }),
    );
    expect(run([steps], [bumped], { members: [later, future] }).reconsent).toEqual(['eve']);
  });

  it('counts members with an opt-in consent, not those who never answered', () => {
    const consented = member('ada', choice({ scope: { category: 'health' }, notices: { steps: 1 } }));
    const result = run([], [steps], { members: [consented], memberIds: ['ada', 'bob', 'cyd'] });
    expect(result.membersAffected).toBe(1);
  });

  it('treats cells of a newly registered recipient as denied before', () => {
    const everyone = permit({
      id: 'everyone',
      dataCategories: ['location'],
      purposes: ['marketing'],
      recipients: 'all',
      memberControl: 'none',
      legalBasis: 'contract',
    });
    const newcomer = { id: 'lab', name: 'Lab', kind: 'processor' as const, jurisdiction: 'FR' };
    const result = impact(build([everyone]), build([everyone], [...RECIPIENTS, newcomer]), nobody, NOW);
    expect(result.newlyAllowed).toEqual([
      { recipient: 'lab', purpose: 'marketing', cells: [{ category: 'location', operation: 'use' }] },
    ]);
    expect(result.servicesGaining).toEqual(['lab']);
  });

  it('refuses a time that is not an instant, rather than reporting on every clause at once', () => {
    for (const time of [Number.NaN, Infinity, undefined as unknown as number]) {
      expect(() => impact(build([]), build([steps]), nobody, time)).toThrow(
        expect.objectContaining({ code: 'INVALID_TIME', field: 'time' }) as Error,
      );
    }
    expect(
      collectiveOutcome(
        build([steps]).policy,
        {
          category: 'health.activity',
          purpose: 'research.public-health',
          operation: 'use',
          recipient: 'uni-x',
        },
        Number.NaN,
      ),
    ).toEqual({ allowed: false, reason: 'INVALID_TIME' });
  });

  it('gives the collective outcome of one cell', () => {
    const { policy } = build([steps]);
    const cell = {
      category: 'health.activity.steps',
      purpose: 'research.public-health',
      operation: 'use',
      recipient: 'uni-x',
    };
    expect(collectiveOutcome(policy, cell, NOW)).toEqual({ allowed: true, control: 'explicit-opt-in' });
    expect(collectiveOutcome(policy, { ...cell, operation: 'share' }, NOW)).toEqual({
      allowed: false,
      reason: 'NOT_PERMITTED',
    });
    expect(collectiveOutcome(policy, { ...cell, recipient: 'nobody' }, NOW)).toEqual({
      allowed: false,
      reason: 'UNKNOWN_TERM',
    });
  });
});
