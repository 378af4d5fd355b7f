// The ODRL 2.2 export: policy envelope, rule mapping with DPV IRIs, constraint and duty shapes, determinism.
import { compile } from '../../policy/compile.js';
import { defaultTaxonomy } from '../../taxonomy/default-taxonomy.js';
import { permit, prohibit, RECIPIENTS, smallTaxonomy } from '../../testing/fixtures.js';
import { toOdrl } from './to-odrl.js';

const taxonomy = defaultTaxonomy();
const steps = permit({
  id: 'steps-research',
  dataCategories: ['health.activity.steps', 'health.physical'],
  purposes: ['research.public-health', 'research.academic'],
  operations: ['use', 'store', 'share', 'combine', 'profile', 'infer'],
  recipients: ['uni-x'],
  memberControl: 'explicit-opt-in',
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: '2027-01-01T00:00:00Z',
  duties: { retentionDays: 730, pseudonymise: true, minAggregationK: 10, notifyMember: true },
  materialVersion: 2,
});
const ban = prohibit({
  id: 'no-ads',
  floor: true,
  dataCategories: ['health'],
  purposes: ['marketing'],
  operations: 'all',
  recipients: 'all',
});
const clauses = [steps, ban];
const { snapshot } = compile({ taxonomy, recipients: RECIPIENTS, clauses });
const policy = toOdrl(snapshot, { taxonomy });

describe('toOdrl', () => {
  it('is an ODRL Set whose conflicts resolve to prohibit, named after the snapshot', () => {
    expect(policy).toMatchObject({
      '@context': [
        'http://www.w3.org/ns/odrl.jsonld',
        { dpv: 'https://w3id.org/dpv#', pd: 'https://w3id.org/dpv/pd#', lcd: 'https://lovecando.org/ns#' },
      ],
      '@type': 'Set',
      uid: `urn:lovecando:snapshot:1:${snapshot.hash}`,
      profile: 'https://lovecando.org/ns/odrl-profile',
      conflict: 'prohibit',
      'lcd:revision': 1,
      'lcd:legalVersion': 1,
      'lcd:taxonomyVersion': '2026.1',
    });
    expect(policy.permission).toHaveLength(1);
    expect(policy.prohibition).toHaveLength(1);
  });

  it('maps a permit to a permission with DPV IRIs, lcd: fallbacks, actions and an assignee', () => {
    const [rule] = policy.permission;
    expect(rule).toMatchObject({
      uid: 'urn:lovecando:clause:steps-research',
      target: [
        'https://lovecando.org/ns#category/health.activity.steps',
        'https://w3id.org/dpv/pd#PhysicalHealth',
      ],
      action: ['use', 'archive', 'distribute', 'lcd:combine', 'lcd:profile', 'derive'],
      assignee: ['urn:lovecando:recipient:uni-x'],
      'lcd:legalBasis': { '@id': 'https://w3id.org/dpv#Consent' },
      'lcd:materialVersion': 2,
    });
    expect(rule).not.toHaveProperty('lcd:charterRule');
  });

  it('writes purpose, validity and member control as constraints', () => {
    expect(policy.permission[0]?.constraint).toEqual([
      {
        leftOperand: 'purpose',
        operator: 'isAnyOf',
        rightOperand: [
          { '@id': 'https://lovecando.org/ns#purpose/research.public-health' },
          { '@id': 'https://w3id.org/dpv#AcademicResearch' },
        ],
      },
      {
        leftOperand: 'dateTime',
        operator: 'gteq',
        rightOperand: { '@value': '2026-01-01T00:00:00Z', '@type': 'xsd:dateTime' },
      },
      {
        leftOperand: 'dateTime',
        operator: 'lt',
        rightOperand: { '@value': '2027-01-01T00:00:00Z', '@type': 'xsd:dateTime' },
      },
      { leftOperand: 'lcd:memberControl', operator: 'eq', rightOperand: 'explicit-opt-in' },
    ]);
  });

  it('writes duties as ODRL duties', () => {
    expect(policy.permission[0]?.duty).toEqual([
      {
        action: 'delete',
        constraint: [
          {
            leftOperand: 'elapsedTime',
            operator: 'lteq',
            rightOperand: { '@value': 'P730D', '@type': 'xsd:duration' },
          },
        ],
      },
      { action: 'anonymize', 'lcd:technique': { '@id': 'https://w3id.org/dpv#Pseudonymisation' } },
      { action: 'aggregate', constraint: [{ leftOperand: 'count', operator: 'gteq', rightOperand: 10 }] },
      { action: 'inform', informedParty: 'https://w3id.org/dpv#DataSubject' },
    ]);
  });

  it('maps a charter prohibit to a prohibition for everyone, without member control or duties', () => {
    expect(policy.prohibition).toEqual([
      {
        uid: 'urn:lovecando:clause:no-ads',
        target: ['https://w3id.org/dpv/pd#Health'],
        action: ['use'],
        constraint: [
          {
            leftOperand: 'purpose',
            operator: 'isAnyOf',
            rightOperand: [{ '@id': 'https://w3id.org/dpv#Marketing' }],
          },
        ],
        'lcd:legalBasis': { '@id': 'https://w3id.org/dpv#Contract' },
        'lcd:materialVersion': 1,
        'lcd:charterRule': true,
      },
    ]);
  });

  it('is deterministic: the same rules in any order give a deep-equal policy', () => {
    const again = compile({ taxonomy, recipients: [...RECIPIENTS].reverse(), clauses: [ban, steps] });
    expect(toOdrl(again.snapshot, { taxonomy })).toEqual(policy);
    expect(JSON.stringify(toOdrl(snapshot, { taxonomy }))).toBe(JSON.stringify(policy));
  });

  it('refuses a taxonomy other than the one the snapshot was compiled with', () => {
    expect(() => toOdrl(snapshot, { taxonomy: smallTaxonomy() })).toThrow(/taxonomy/);
  });
});
