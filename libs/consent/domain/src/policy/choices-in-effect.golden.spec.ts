// Golden scenarios of docs/domain/consent.md#choices-in-effect, "the most specific matching choice in
// effect": a choice that is withdrawn, expired or not yet given is skipped as if absent, so its parent (or
// the parent's parent) decides. Each scenario runs through the Decider, its batch forms and the reference
// evaluator, which must all give the same exact answer.
import { type Clause } from '../clauses/clause.js';
import { permit, RECIPIENTS } from '../testing/fixtures.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { type ConsentChoice } from './choices.js';
import { compile } from './compile.js';
import { Decider } from './decider.js';
import { REASONS, type DecisionRequest, type Reason } from './decision.js';
import { referenceDecide } from '../testing/reference-evaluator.js';

const loaded = loadTaxonomy({
  version: 'in-effect',
  categories: [
    'personal',
    'personal.contact',
    'personal.contact.email',
    'personal.address',
    'health',
    'health.activity',
  ].map((id) => ({ id, label: { fr: id, en: id }, ...(id === 'health' ? { special: true } : {}) })),
  purposes: ['marketing', 'research'].map((id) => ({ id, label: { fr: id, en: id } })),
  operations: ['use', 'store'].map((id) => ({ id, label: { fr: id, en: id } })),
});
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const taxonomy = loaded.taxonomy;

const at = (iso: string) => Date.parse(iso);
const JUNE = at('2026-06-01T12:00:00Z');

/** Opt-out: legitimate interest in using personal data for marketing by AdTech. */
const outreach = permit({
  id: 'outreach',
  dataCategories: ['personal'],
  purposes: ['marketing'],
  operations: ['use'],
  recipients: ['adtech'],
  legalBasis: 'legitimate-interest',
  memberControl: 'opt-out',
  duties: { retentionDays: 180 },
});
/** Opt-in: research on personal data by Université X, notice in material version 2. */
const survey = permit({
  id: 'survey',
  dataCategories: ['personal'],
  purposes: ['research'],
  operations: ['use'],
  recipients: ['uni-x'],
  legalBasis: 'consent',
  memberControl: 'opt-in',
  duties: { retentionDays: 365 },
  materialVersion: 2,
});
/** Explicit opt-in: research on health data (a special category). */
const cohort = permit({
  id: 'cohort',
  dataCategories: ['health'],
  purposes: ['research'],
  operations: ['use'],
  recipients: ['uni-x'],
  legalBasis: 'consent',
  memberControl: 'explicit-opt-in',
  duties: { retentionDays: 730 },
});
const CLAUSES: Clause[] = [outreach, survey, cohort];

const choice = (
  scope: ConsentChoice['scope'],
  state: 'allow' | 'deny',
  overrides: Partial<ConsentChoice> = {},
): ConsentChoice => ({
  scope,
  state,
  notices: { survey: 2, cohort: 1 },
  explicit: true,
  method: 'web-form',
  givenAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

const request = (category: string, purpose: string, time = JUNE): DecisionRequest => ({
  member: 'ada',
  category,
  purpose,
  operation: 'use',
  recipient: purpose === 'marketing' ? 'adtech' : 'uni-x',
  time,
});

const { policy } = compile({ taxonomy, recipients: RECIPIENTS, clauses: CLAUSES });

/** The answer of every entry point for one member's tree; they must agree before it is compared. */
function answer(choices: ConsentChoice[], asked: DecisionRequest): { allowed: boolean; reason: Reason } {
  const decider = new Decider(policy, [{ memberId: 'ada', choices }]);
  const single = decider.decide(asked);
  const batch = decider.decideMany([asked]);
  const { member: _member, ...cell } = asked;
  const eligible = decider.eligibleMembers(cell, ['ada']);
  const reference = referenceDecide(
    taxonomy,
    RECIPIENTS.map((recipient) => recipient.id),
    CLAUSES,
    choices,
    asked,
  );
  expect({
    batch: { allowed: batch.allowed[0] === 1, reason: REASONS[batch.reasons[0]!] },
    eligible: eligible.includes('ada'),
    reference: { allowed: reference.allowed, reason: reference.reason },
  }).toEqual({
    batch: { allowed: single.allowed, reason: single.reason },
    eligible: single.allowed,
    reference: { allowed: single.allowed, reason: single.reason },
  });
  return { allowed: single.allowed, reason: single.reason };
}

const objected = { allowed: false, reason: 'MEMBER_OBJECTED' };
const notObjected = { allowed: true, reason: 'NOT_OBJECTED' };
const consented = { allowed: true, reason: 'CONSENTED' };
const noConsent = { allowed: false, reason: 'NO_CONSENT' };
const reconsent = { allowed: false, reason: 'RECONSENT_NEEDED' };

describe('choices in effect, opt-out: an objection with an allow-exception', () => {
  const tree = (exception: Partial<ConsentChoice>) => [
    choice({ category: 'personal' }, 'deny', {
      children: [choice({ category: 'personal.contact' }, 'allow', exception)],
    }),
  ];

  it('an exception in effect lets the use go ahead; the objection holds elsewhere', () => {
    expect(answer(tree({}), request('personal.contact', 'marketing'))).toEqual(notObjected);
    expect(answer(tree({}), request('personal.contact.email', 'marketing'))).toEqual(notObjected);
    expect(answer(tree({}), request('personal.address', 'marketing'))).toEqual(objected);
  });

  it('an exception withdrawn on 1 March: the standing objection applies again on 1 June', () => {
    const withdrawn = tree({ withdrawnAt: '2026-03-01T00:00:00Z' });
    expect(answer(withdrawn, request('personal.contact', 'marketing'))).toEqual(objected);
    expect(answer(withdrawn, request('personal.contact.email', 'marketing'))).toEqual(objected);
    // Before the withdrawal it decided; from the withdrawal instant on it does not.
    expect(
      answer(withdrawn, request('personal.contact', 'marketing', at('2026-02-28T23:59:59.999Z'))),
    ).toEqual(notObjected);
    expect(answer(withdrawn, request('personal.contact', 'marketing', at('2026-03-01T00:00:00Z')))).toEqual(
      objected,
    );
  });

  it('an exception that expired on 1 May: the objection applies again', () => {
    const expired = tree({ expiresAt: '2026-05-01T00:00:00Z' });
    expect(answer(expired, request('personal.contact', 'marketing'))).toEqual(objected);
    expect(answer(expired, request('personal.contact', 'marketing', at('2026-04-30T12:00:00Z')))).toEqual(
      notObjected,
    );
  });

  it('an exception given only from 1 July does not decide in June', () => {
    const future = tree({ givenAt: '2026-07-01T00:00:00Z' });
    expect(answer(future, request('personal.contact', 'marketing'))).toEqual(objected);
    expect(answer(future, request('personal.contact', 'marketing', at('2026-07-01T00:00:00Z')))).toEqual(
      notObjected,
    );
  });

  it('a withdrawn exception and a withdrawn sub-exception: the parent’s parent decides', () => {
    const nested = [
      choice({ category: 'personal' }, 'deny', {
        children: [
          choice({ category: 'personal.contact' }, 'allow', {
            withdrawnAt: '2026-03-01T00:00:00Z',
            children: [
              choice({ category: 'personal.contact.email' }, 'allow', {
                expiresAt: '2026-04-01T00:00:00Z',
              }),
            ],
          }),
        ],
      }),
    ];
    expect(answer(nested, request('personal.contact.email', 'marketing'))).toEqual(objected);
  });

  it('a withdrawn objection leaves no objection, and its exception in effect still decides', () => {
    const lifted = [
      choice({ category: 'personal' }, 'deny', {
        withdrawnAt: '2026-03-01T00:00:00Z',
        children: [choice({ category: 'personal.contact' }, 'allow')],
      }),
    ];
    expect(answer(lifted, request('personal.address', 'marketing'))).toEqual(notObjected);
    expect(answer(lifted, request('personal.contact', 'marketing'))).toEqual(notObjected);
  });
});

describe('choices in effect, opt-in: a consent with a deny-exception', () => {
  const tree = (exception: Partial<ConsentChoice>) => [
    choice({ category: 'personal' }, 'allow', {
      children: [choice({ category: 'personal.contact' }, 'deny', exception)],
    }),
  ];

  it('a deny-exception in effect refuses where it applies; the consent holds elsewhere', () => {
    expect(answer(tree({}), request('personal.contact', 'research'))).toEqual(noConsent);
    expect(answer(tree({}), request('personal.address', 'research'))).toEqual(consented);
  });

  it('a deny-exception withdrawn, expired or not yet given: the consent above it decides', () => {
    for (const exception of [
      { withdrawnAt: '2026-03-01T00:00:00Z' },
      { expiresAt: '2026-05-01T00:00:00Z' },
      { givenAt: '2026-07-01T00:00:00Z' },
    ]) {
      expect([exception, answer(tree(exception), request('personal.contact', 'research'))]).toEqual([
        exception,
        consented,
      ]);
    }
  });

  it('a narrower consent under a withdrawn deny-exception is still in effect and decides', () => {
    const nested = [
      choice({ category: 'personal' }, 'allow', {
        children: [
          choice({ category: 'personal.contact' }, 'deny', {
            withdrawnAt: '2026-03-01T00:00:00Z',
            // Given against the older notice: it, not the consent at the root, is the most specific.
            children: [choice({ category: 'personal.contact.email' }, 'allow', { notices: { survey: 1 } })],
          }),
        ],
      }),
    ];
    expect(answer(nested, request('personal.contact.email', 'research'))).toEqual(reconsent);
    expect(answer(nested, request('personal.contact', 'research'))).toEqual(consented);
  });
});

describe('choices in effect, opt-in: a consent that was withdrawn, expired or not yet given', () => {
  // The root consent was given against notice version 1 (the clause is now at 2): on its own it asks the
  // member to consent again. A narrower consent to the current notice decides only while it is in effect.
  const tree = (narrower: Partial<ConsentChoice>) => [
    choice({ category: 'personal' }, 'allow', {
      notices: { survey: 1 },
      children: [choice({ category: 'personal.contact' }, 'allow', narrower)],
    }),
  ];

  it('the narrower consent in effect decides', () => {
    expect(answer(tree({}), request('personal.contact', 'research'))).toEqual(consented);
  });

  it('withdrawn, expired or not yet given: the older consent above it decides', () => {
    for (const narrower of [
      { withdrawnAt: '2026-03-01T00:00:00Z' },
      { expiresAt: '2026-05-01T00:00:00Z' },
      { givenAt: '2026-07-01T00:00:00Z' },
    ]) {
      expect([narrower, answer(tree(narrower), request('personal.contact', 'research'))]).toEqual([
        narrower,
        reconsent,
      ]);
    }
  });

  it('a lone consent withdrawn, expired or not yet given is no consent', () => {
    for (const overrides of [
      { withdrawnAt: '2026-03-01T00:00:00Z' },
      { expiresAt: '2026-05-01T00:00:00Z' },
      { givenAt: '2026-07-01T00:00:00Z' },
    ]) {
      const lone = [choice({ category: 'personal' }, 'allow', overrides)];
      expect([overrides, answer(lone, request('personal.contact', 'research'))]).toEqual([
        overrides,
        noConsent,
      ]);
    }
  });
});

describe('choices in effect, explicit opt-in', () => {
  it('an explicit consent with a deny-exception not yet given: the consent decides until it is', () => {
    const tree = [
      choice({ category: 'health' }, 'allow', {
        children: [choice({ category: 'health.activity' }, 'deny', { givenAt: '2026-07-01T00:00:00Z' })],
      }),
    ];
    expect(answer(tree, request('health.activity', 'research'))).toEqual(consented);
    expect(answer(tree, request('health.activity', 'research', at('2026-07-01T00:00:00Z')))).toEqual(
      noConsent,
    );
  });

  it('an explicit consent under a refusal, once expired, leaves the refusal to decide', () => {
    const tree = [
      choice({ category: 'health' }, 'deny', {
        children: [choice({ category: 'health.activity' }, 'allow', { expiresAt: '2026-05-01T00:00:00Z' })],
      }),
    ];
    expect(answer(tree, request('health.activity', 'research', at('2026-04-01T00:00:00Z')))).toEqual(
      consented,
    );
    expect(answer(tree, request('health.activity', 'research'))).toEqual(noConsent);
  });
});

describe('choices in effect, batches', () => {
  it('eligibleMembers leaves out a member whose exception was withdrawn', () => {
    const decider = new Decider(policy, [
      {
        memberId: 'ada',
        choices: [
          choice({ category: 'personal' }, 'deny', {
            children: [
              choice({ category: 'personal.contact' }, 'allow', { withdrawnAt: '2026-03-01T00:00:00Z' }),
            ],
          }),
        ],
      },
      {
        memberId: 'bob',
        choices: [
          choice({ category: 'personal' }, 'deny', {
            children: [choice({ category: 'personal.contact' }, 'allow')],
          }),
        ],
      },
    ]);
    const { member: _member, ...cell } = request('personal.contact', 'marketing');
    expect(decider.eligibleMembers(cell, ['ada', 'bob', 'cyd'])).toEqual(['bob', 'cyd']);
    const batch = decider.decideMany(['ada', 'bob', 'cyd'].map((member) => ({ ...cell, member })));
    expect([...batch.allowed]).toEqual([0, 1, 1]);
    expect([...batch.reasons].map((index) => REASONS[index])).toEqual([
      'MEMBER_OBJECTED',
      'NOT_OBJECTED',
      'NOT_OBJECTED',
    ]);
  });
});
