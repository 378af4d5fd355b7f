// Golden scenarios of the decision rules (docs/domain/consent.md#decisions): named inputs, exact outputs.
import { type Clause } from '../clauses/clause.js';
import { at, permit, prohibit, RECIPIENTS, smallTaxonomy } from '../testing/fixtures.js';
import { type ConsentChoice } from './choices.js';
import { compile } from './compile.js';
import { Decider } from './decider.js';
import { REASONS, type DecisionRequest } from './decision.js';

const NOW = at('2026-06-01T12:00:00Z');
const steps: DecisionRequest = {
  member: 'ada',
  category: 'health.activity.steps',
  purpose: 'research.public-health',
  operation: 'use',
  recipient: 'uni-x',
  time: NOW,
};

function decider(clauses: Clause[], choices: ConsentChoice[] = []) {
  const { policy } = compile({ taxonomy: smallTaxonomy(), recipients: RECIPIENTS, clauses });
  return new Decider(policy, [{ memberId: 'ada', choices }]);
}

const consent = (overrides: Partial<ConsentChoice> = {}): ConsentChoice => ({
  scope: { category: 'health' },
  state: 'allow',
  notices: {},
  explicit: true,
  method: 'web-form',
  givenAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

describe('decisions, golden scenarios', () => {
  it('a prohibit overrides any permit, whatever the order', () => {
    const open = permit({ id: 'open', memberControl: 'none', legalBasis: 'contract' });
    const ban = prohibit({ id: 'ban', dataCategories: ['health'], operations: 'all', recipients: 'all' });
    for (const clauses of [
      [open, ban],
      [ban, open],
    ]) {
      const decision = decider(clauses).decide(steps);
      expect(decision).toMatchObject({ allowed: false, reason: 'PROHIBITED', duties: {} });
      expect(decision.determiningClauses.map((clause) => clause.id)).toEqual(['ban']);
    }
  });

  it('no matching permit → NOT_PERMITTED', () => {
    expect(decider([permit({ purposes: ['marketing'] })]).decide(steps)).toMatchObject({
      allowed: false,
      reason: 'NOT_PERMITTED',
      determiningClauses: [],
    });
  });

  it('opt-out: allowed until the member objects', () => {
    const clause = permit({
      id: 'li',
      legalBasis: 'legitimate-interest',
      memberControl: 'opt-out',
      dataCategories: ['location'],
    });
    const request = { ...steps, category: 'location' };
    expect(decider([clause]).decide(request)).toMatchObject({ allowed: true, reason: 'NOT_OBJECTED' });
    const objection = consent({ scope: { category: 'location' }, state: 'deny', explicit: false });
    expect(decider([clause], [objection]).decide(request)).toMatchObject({
      allowed: false,
      reason: 'MEMBER_OBJECTED',
    });
  });

  it('opt-in without consent → NO_CONSENT', () => {
    const clause = permit({ id: 'c', memberControl: 'opt-in', dataCategories: ['contact'] });
    expect(decider([clause]).decide({ ...steps, category: 'contact.email' })).toMatchObject({
      allowed: false,
      reason: 'NO_CONSENT',
    });
  });

  it('consent given to an older material version → RECONSENT_NEEDED; to the current one → allowed', () => {
    const clause = permit({ id: 'steps', materialVersion: 2 });
    expect(decider([clause], [consent({ notices: { steps: 1 } })]).decide(steps)).toMatchObject({
      allowed: false,
      reason: 'RECONSENT_NEEDED',
    });
    expect(decider([clause], [consent({ notices: { steps: 2 } })]).decide(steps)).toMatchObject({
      allowed: true,
      reason: 'CONSENTED',
    });
  });

  it('withdrawn or expired consent → NO_CONSENT', () => {
    const clause = permit({ id: 'steps' });
    expect(
      decider([clause], [consent({ notices: { steps: 1 }, withdrawnAt: '2026-05-01T00:00:00Z' })]).decide(
        steps,
      ),
    ).toMatchObject({ reason: 'NO_CONSENT' });
    expect(
      decider([clause], [consent({ notices: { steps: 1 }, expiresAt: '2026-06-01T11:59:59Z' })]).decide(
        steps,
      ),
    ).toMatchObject({ reason: 'NO_CONSENT' });
    expect(
      decider([clause], [consent({ notices: { steps: 1 }, expiresAt: '2026-06-01T12:00:01Z' })]).decide(
        steps,
      ),
    ).toMatchObject({ reason: 'CONSENTED' });
  });

  it('a special category needs explicit consent: a plain opt-in is not enough', () => {
    const clause = permit({ id: 'steps' });
    expect(
      decider([clause], [consent({ notices: { steps: 1 }, explicit: false })]).decide(steps),
    ).toMatchObject({ reason: 'NO_CONSENT' });
    expect(
      decider([clause], [consent({ notices: { steps: 1 }, explicit: true })]).decide(steps),
    ).toMatchObject({ allowed: true });
  });

  it('a sunset clause applies before validUntil and not from it on', () => {
    const clause = permit({
      id: 'sunset',
      memberControl: 'none',
      legalBasis: 'contract',
      validUntil: '2026-06-01T12:00:00Z',
    });
    expect(decider([clause]).decide({ ...steps, time: NOW - 1 })).toMatchObject({
      allowed: true,
      reason: 'PERMITTED',
    });
    expect(decider([clause]).decide(steps)).toMatchObject({ allowed: false, reason: 'NOT_PERMITTED' });
  });

  it('a clause on a category matches its descendants, not its parent', () => {
    const clause = permit({
      id: 'activity',
      memberControl: 'none',
      legalBasis: 'contract',
      dataCategories: ['health.activity'],
    });
    expect(decider([clause]).decide(steps)).toMatchObject({ allowed: true });
    expect(decider([clause]).decide({ ...steps, category: 'health' })).toMatchObject({
      reason: 'NOT_PERMITTED',
    });
    expect(decider([clause]).decide({ ...steps, category: 'health.sleep' })).toMatchObject({
      reason: 'NOT_PERMITTED',
    });
  });

  it('an unknown term → UNKNOWN_TERM (fail closed)', () => {
    const open = decider([
      permit({
        memberControl: 'none',
        legalBasis: 'contract',
        dataCategories: ['health'],
        operations: 'all',
        recipients: 'all',
      }),
    ]);
    for (const field of ['category', 'purpose', 'operation', 'recipient'] as const) {
      expect(open.decide({ ...steps, [field]: 'not-a-term' })).toMatchObject({
        allowed: false,
        reason: 'UNKNOWN_TERM',
      });
    }
  });

  it('a request without a valid instant → INVALID_TIME (fail closed), even against a permit that ended', () => {
    const ended = permit({
      id: 'ended',
      memberControl: 'none',
      legalBasis: 'contract',
      validUntil: '2026-01-01T00:00:00Z',
    });
    const d = decider([ended]);
    expect(d.decide(steps)).toMatchObject({ allowed: false, reason: 'NOT_PERMITTED' });
    const times: unknown[] = [Number.NaN, undefined, Infinity, -Infinity, 8.64e15 + 1, '2026-06-01', null];
    for (const time of times) {
      // A JavaScript caller is not held to the type: whatever it sends, it must not be allowed.
      const request = { ...steps, time: time as number };
      expect([time, d.decide(request)]).toEqual([
        time,
        expect.objectContaining({
          allowed: false,
          reason: 'INVALID_TIME',
          determiningClauses: [],
          duties: {},
        }),
      ]);
      const batch = d.decideMany([request, steps]);
      expect([...batch.allowed]).toEqual([0, 0]);
      expect([...batch.reasons].map((index) => REASONS[index])).toEqual(['INVALID_TIME', 'NOT_PERMITTED']);
      const { member: _member, ...cell } = request;
      expect(() => d.eligibleMembers(cell, ['ada'])).toThrow(
        expect.objectContaining({ code: 'INVALID_TIME', field: 'time' }) as Error,
      );
    }
    // Fail closed before the terms are even read.
    expect(d.decide({ ...steps, category: 'nowhere', time: Number.NaN }).reason).toBe('INVALID_TIME');
  });

  it('the strictest member control among matching permits applies', () => {
    const lax = permit({
      id: 'lax',
      memberControl: 'none',
      legalBasis: 'contract',
      dataCategories: ['health'],
    });
    const strict = permit({ id: 'strict', memberControl: 'explicit-opt-in' });
    const decision = decider([lax, strict]).decide(steps);
    expect(decision).toMatchObject({ allowed: false, reason: 'NO_CONSENT' });
    expect(decision.determiningClauses.map((clause) => clause.id)).toEqual(['lax', 'strict']);
  });

  it('an allow carries the union of duties, the shortest retention winning', () => {
    const a = permit({
      id: 'a',
      memberControl: 'none',
      legalBasis: 'contract',
      duties: { retentionDays: 730, pseudonymise: true },
    });
    const b = permit({
      id: 'b',
      memberControl: 'none',
      legalBasis: 'contract',
      dataCategories: ['health'],
      duties: { retentionDays: 90, minAggregationK: 10, notifyMember: true },
    });
    expect(decider([a, b]).decide(steps)).toMatchObject({
      allowed: true,
      reason: 'PERMITTED',
      duties: { retentionDays: 90, pseudonymise: true, minAggregationK: 10, notifyMember: true },
    });
  });

  it('the most specific choice decides: a narrower exception overrides its parent', () => {
    const clause = permit({ id: 'steps', dataCategories: ['health'], purposes: ['research'] });
    const tree = consent({
      scope: { category: 'health' },
      state: 'allow',
      notices: { steps: 1 },
      children: [
        consent({
          scope: { category: 'health', purpose: 'research.commercial' },
          state: 'deny',
          notices: { steps: 1 },
        }),
      ],
    });
    const d = decider([clause], [tree]);
    expect(d.decide(steps)).toMatchObject({ allowed: true, reason: 'CONSENTED' });
    expect(d.decide({ ...steps, purpose: 'research.commercial' })).toMatchObject({
      allowed: false,
      reason: 'NO_CONSENT',
    });
  });

  it('names the revision and a fresh decision id in every answer, with provenance', () => {
    const clause = permit({
      id: 'p',
      memberControl: 'none',
      legalBasis: 'contract',
      provenance: { proposalId: 'P-12', ratificationId: 'R-3' },
    });
    const d = decider([clause]);
    const first = d.decide(steps);
    const second = d.decide(steps);
    expect(first.revision).toBe(1);
    expect(first.decisionId).not.toBe(second.decisionId);
    expect(first.determiningClauses).toEqual([
      { id: 'p', provenance: { proposalId: 'P-12', ratificationId: 'R-3' } },
    ]);
  });

  it('rejects a member choice whose date does not exist or has no zone, rather than reading another day', () => {
    const clause = permit();
    for (const [field, value] of [
      ['givenAt', '2026-02-30T00:00:00Z'],
      ['withdrawnAt', '2026-04-31'],
      ['expiresAt', '2026-06-01T12:00:00'],
      ['givenAt', '2026-06-01T24:00:00Z'],
    ] as const) {
      expect(() => decider([clause], [consent({ [field]: value })])).toThrow(
        new RegExp(`BAD_DATE choices\\.0\\.${field}`),
      );
    }
    expect(() => decider([clause], [consent({ givenAt: '2026-01-01T01:00:00+01:00' })])).not.toThrow();
  });

  it('rejects a member choice tree whose exception is not narrower, or whose siblings overlap', () => {
    const clause = permit();
    expect(() =>
      decider([clause], [consent({ children: [consent({ scope: { category: 'health' } })] })]),
    ).toThrow(/NOT_NARROWER/);
    expect(() =>
      decider(
        [clause],
        [consent({ scope: { category: 'health' } }), consent({ scope: { purpose: 'research' } })],
      ),
    ).toThrow(/OVERLAPPING_SIBLINGS/);
  });
});
