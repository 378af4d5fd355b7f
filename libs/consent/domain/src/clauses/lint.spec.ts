// One failing and one passing case per lint rule, on a small taxonomy loaded like the real one.
import { RECIPIENTS, smallTaxonomy } from '../testing/fixtures.js';
import { type Clause } from './clause.js';
import { lint } from './lint.js';
import { type LintCode } from './lint-messages.js';

const taxonomy = smallTaxonomy();
const recipients = RECIPIENTS;

const permit = (overrides: Partial<Clause> = {}): Clause => ({
  id: 'c1',
  effect: 'permit',
  floor: false,
  dataCategories: ['contact.email'],
  purposes: ['research'],
  operations: ['use'],
  recipients: ['uni-x'],
  legalBasis: 'consent',
  memberControl: 'opt-in',
  duties: { retentionDays: 730 },
  notice: { fr: 'Université X peut utiliser votre email.', en: 'Université X may use your email.' },
  materialVersion: 1,
  ...overrides,
});

const prohibit = (overrides: Partial<Clause> = {}): Clause =>
  permit({
    id: 'p1',
    effect: 'prohibit',
    legalBasis: 'contract',
    memberControl: 'none',
    duties: {},
    ...overrides,
  });

const codes = (clauses: Clause[]) =>
  lint(clauses, taxonomy, recipients).map((problem) => `${problem.code} ${problem.path}`);

describe('lint', () => {
  it('accepts a well-formed permit and prohibit', () => {
    expect(codes([permit(), prohibit({ dataCategories: ['location'], floor: true })])).toEqual([]);
  });

  const cases: [LintCode, Clause[], string][] = [
    ['DUPLICATE_CLAUSE_ID', [permit(), permit({ dataCategories: ['location'] })], 'clauses.1.id'],
    ['CONSENT_NEEDS_OPT_IN', [permit({ memberControl: 'opt-out' })], 'clauses.0.memberControl'],
    [
      'LEGITIMATE_INTEREST_NEEDS_OPT_OUT',
      [permit({ legalBasis: 'legitimate-interest', memberControl: 'none' })],
      'clauses.0.memberControl',
    ],
    [
      'SPECIAL_CATEGORY_NEEDS_EXPLICIT_OPT_IN',
      [permit({ dataCategories: ['health.activity.steps'] })],
      'clauses.0.memberControl',
    ],
    [
      'NO_CONTROL_NEEDS_NON_CONSENT_BASIS',
      [permit({ legalBasis: 'public-task', memberControl: 'none' })],
      'clauses.0.legalBasis',
    ],
    [
      'PERMIT_NEEDS_RETENTION',
      [permit({ duties: { pseudonymise: true } })],
      'clauses.0.duties.retentionDays',
    ],
    ['FLOOR_MUST_PROHIBIT', [permit({ floor: true })], 'clauses.0.floor'],
    ['UNKNOWN_CATEGORY', [permit({ dataCategories: ['contact.fax'] })], 'clauses.0.dataCategories.0'],
    ['UNKNOWN_PURPOSE', [permit({ purposes: ['research', 'astrology'] })], 'clauses.0.purposes.1'],
    ['UNKNOWN_OPERATION', [permit({ operations: ['sell'] })], 'clauses.0.operations.0'],
    ['UNKNOWN_RECIPIENT', [permit({ recipients: ['shadow-broker'] })], 'clauses.0.recipients.0'],
    ['EMPTY_SELECTOR', [permit({ purposes: [] })], 'clauses.0.purposes'],
    ['OVERLAPPING_DUPLICATE', [permit({ dataCategories: ['contact'] }), permit({ id: 'c2' })], 'clauses.1'],
    ['BAD_DATE', [permit({ validFrom: '31/12/2026' })], 'clauses.0.validFrom'],
    // Dates Date.parse would roll over (to 2 March, to the next day), and a time without a zone.
    ['BAD_DATE', [permit({ validUntil: '2026-02-30' })], 'clauses.0.validUntil'],
    ['BAD_DATE', [permit({ validFrom: '2026-02-30T00:00:00Z' })], 'clauses.0.validFrom'],
    ['BAD_DATE', [permit({ validUntil: '2026-06-01T24:00:00Z' })], 'clauses.0.validUntil'],
    ['BAD_DATE', [permit({ validFrom: '2026-06-01T12:00:00' })], 'clauses.0.validFrom'],
    [
      'VALIDITY_ENDS_BEFORE_START',
      [permit({ validFrom: '2027-01-01', validUntil: '2026-12-31' })],
      'clauses.0.validUntil',
    ],
    ['NOTICE_MISSING', [permit({ notice: { fr: 'Texte', en: '  ' } })], 'clauses.0.notice'],
    ['BAD_MATERIAL_VERSION', [permit({ materialVersion: 0 })], 'clauses.0.materialVersion'],
    [
      'BAD_DUTY',
      [permit({ duties: { retentionDays: 30, minAggregationK: 1 } })],
      'clauses.0.duties.minAggregationK',
    ],
  ];

  it.each(cases)('reports %s at its path', (code, clauses, path) => {
    expect(codes(clauses)).toContain(`${code} ${path}`);
  });

  it('passes the passing twin of each rule', () => {
    const passing: Clause[] = [
      permit({ memberControl: 'opt-in' }),
      permit({
        id: 'li',
        legalBasis: 'legitimate-interest',
        memberControl: 'opt-out',
        dataCategories: ['location'],
        purposes: ['marketing'],
      }),
      permit({
        id: 'sp',
        dataCategories: ['health.activity.steps'],
        memberControl: 'explicit-opt-in',
        purposes: ['research.public-health'],
      }),
      permit({ id: 'ct', legalBasis: 'contract', memberControl: 'none', operations: ['store'] }),
      permit({
        id: 'win',
        validFrom: '2026-01-01',
        validUntil: '2026-12-31T23:59:59Z',
        operations: ['share'],
        recipients: 'all',
        purposes: ['marketing'],
      }),
      prohibit({ id: 'fl', floor: true, dataCategories: ['health'], operations: 'all', recipients: 'all' }),
    ];
    expect(codes(passing)).toEqual([]);
  });

  it('reports every problem at once, with both languages', () => {
    const problems = lint(
      [permit({ memberControl: 'none', duties: {}, dataCategories: [] })],
      taxonomy,
      recipients,
    );
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      'CONSENT_NEEDS_OPT_IN',
      'EMPTY_SELECTOR',
      'NO_CONTROL_NEEDS_NON_CONSENT_BASIS',
      'PERMIT_NEEDS_RETENTION',
    ]);
    for (const problem of problems) {
      expect(problem.message.fr.length).toBeGreaterThan(10);
      expect(problem.message.en.length).toBeGreaterThan(10);
    }
  });

  it('does not flag a prohibit and a permit on the same cells as duplicates', () => {
    expect(codes([permit(), prohibit()])).toEqual([]);
  });
});
