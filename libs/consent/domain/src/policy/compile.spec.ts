import { CodedError } from '@lovecando/shared-util';
import { permit, prohibit, RECIPIENTS, smallTaxonomy } from '../testing/fixtures.js';
import { generateSigningKeyPair } from '../snapshot/signing.js';
import { signSnapshot, verifySnapshot } from '../snapshot/signed-snapshot.js';
import { compile } from './compile.js';
import { Decider } from './decider.js';

const taxonomy = smallTaxonomy();
const a = permit({ id: 'a', memberControl: 'opt-in', dataCategories: ['contact'], materialVersion: 1 });
const b = prohibit({ id: 'b', dataCategories: ['location'] });
const c = permit({
  id: 'c',
  memberControl: 'none',
  legalBasis: 'contract',
  dataCategories: ['contact.email'],
  materialVersion: 1,
});

describe('compile', () => {
  it('gives byte-identical canonical JSON and hash for the same input, in any order', () => {
    const first = compile({ taxonomy, recipients: RECIPIENTS, clauses: [a, b, c] });
    const second = compile({ taxonomy, recipients: [...RECIPIENTS].reverse(), clauses: [c, a, b] });
    expect(second.snapshot.canonical).toBe(first.snapshot.canonical);
    expect(second.snapshot.hash).toBe(first.snapshot.hash);
    expect(first.snapshot.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('numbers revisions and bumps the legal version only for a material change to an opt-in clause', () => {
    const first = compile({ taxonomy, recipients: RECIPIENTS, clauses: [a, c] });
    expect(first.snapshot.content).toMatchObject({ revision: 1, legalVersion: 1, taxonomyVersion: 'test-1' });
    const contractChange = compile({
      taxonomy,
      recipients: RECIPIENTS,
      clauses: [a, { ...c, materialVersion: 2 }],
      previous: first.snapshot.content,
    });
    expect(contractChange.snapshot.content).toMatchObject({ revision: 2, legalVersion: 1 });
    const optInChange = compile({
      taxonomy,
      recipients: RECIPIENTS,
      clauses: [{ ...a, materialVersion: 2 }, c],
      previous: contractChange.snapshot.content,
    });
    expect(optInChange.snapshot.content).toMatchObject({ revision: 3, legalVersion: 2 });
  });

  it('reads validity bounds strictly: an impossible date is refused with its path, not rolled over', () => {
    // Read by Date.parse, 30 February would be 2 March and the sunset would come two days late.
    const sunset = { ...c, validUntil: '2026-02-30T00:00:00Z' };
    const attempt = () => compile({ taxonomy, recipients: RECIPIENTS, clauses: [a, sunset] });
    expect(attempt).toThrow(CodedError);
    expect(attempt).toThrow(
      expect.objectContaining({ code: 'BAD_DATE', field: 'clauses.1.validUntil' }) as Error,
    );
    for (const validFrom of ['2026-06-01T12:00:00', 'soon', '2026-13-01']) {
      expect(() => compile({ taxonomy, recipients: RECIPIENTS, clauses: [{ ...b, validFrom }] })).toThrow(
        expect.objectContaining({ code: 'BAD_DATE', field: 'clauses.0.validFrom' }) as Error,
      );
    }
    const { policy } = compile({
      taxonomy,
      recipients: RECIPIENTS,
      clauses: [{ ...c, validFrom: '2026-03-01', validUntil: '2026-06-01T14:00:00+02:00' }],
    });
    expect(policy.clauses[0]).toMatchObject({
      validFrom: Date.UTC(2026, 2, 1),
      validUntil: Date.UTC(2026, 5, 1, 12),
    });
  });
});

describe('signed snapshots', () => {
  const keys = generateSigningKeyPair();
  const { snapshot } = compile({ taxonomy, recipients: RECIPIENTS, clauses: [a, b, c] });

  it('verify when untouched', () => {
    const signed = signSnapshot(snapshot.content, keys.secretKey);
    expect(signed.hash).toBe(snapshot.hash);
    expect(verifySnapshot(signed, keys.publicKey)).toBe('valid');
  });

  it('fail when the content, the hash or the signer differs', () => {
    const signed = signSnapshot(snapshot.content, keys.secretKey);
    const tampered = {
      ...signed,
      content: { ...signed.content, clauses: signed.content.clauses.filter((clause) => clause.id !== 'b') },
    };
    expect(verifySnapshot(tampered, keys.publicKey)).toBe('hash-mismatch');
    const rehashed = {
      ...tampered,
      hash: compile({ taxonomy, recipients: RECIPIENTS, clauses: [a, c] }).snapshot.hash,
    };
    expect(verifySnapshot(rehashed, keys.publicKey)).toBe('bad-signature');
    expect(verifySnapshot(signed, generateSigningKeyPair().publicKey)).toBe('bad-signature');
  });
});

describe('decider forms', () => {
  const { policy } = compile({ taxonomy, recipients: RECIPIENTS, clauses: [a, b, c] });
  const time = Date.parse('2026-06-01T00:00:00Z');
  const cell = { category: 'contact.email', purpose: 'research', operation: 'use', recipient: 'uni-x', time };

  it('lists the eligible members of a cell', () => {
    const decider = new Decider(policy, [
      {
        memberId: 'yes',
        choices: [
          {
            scope: {},
            state: 'allow',
            notices: { a: 1 },
            explicit: false,
            method: 'web',
            givenAt: '2026-01-01T00:00:00Z',
          },
        ],
      },
      {
        memberId: 'no',
        choices: [
          {
            scope: {},
            state: 'deny',
            notices: {},
            explicit: false,
            method: 'web',
            givenAt: '2026-01-01T00:00:00Z',
          },
        ],
      },
    ]);
    expect(decider.eligibleMembers(cell, ['yes', 'no', 'silent'])).toEqual(['yes']);
  });

  it('serialises a decision with its id, as a service would log it', () => {
    const decision = new Decider(policy).decide({ ...cell, member: 'm' });
    expect(JSON.parse(JSON.stringify(decision))).toEqual({
      allowed: false,
      reason: 'NO_CONSENT',
      determiningClauses: [
        { id: 'a', provenance: {} },
        { id: 'c', provenance: {} },
      ],
      duties: {},
      revision: 1,
      decisionId: decision.decisionId,
    });
    expect(decision.decisionId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('answers a batch with the same outcomes as one by one', () => {
    const decider = new Decider(policy);
    const requests = [
      { ...cell, member: 'm' },
      { ...cell, member: 'm', category: 'location' },
      { ...cell, member: 'm', category: 'nowhere' },
    ];
    const batch = decider.decideMany(requests);
    expect([...batch.allowed]).toEqual(requests.map((request) => (decider.decide(request).allowed ? 1 : 0)));
    expect(
      [...batch.reasons].map(
        (index) =>
          [
            'PERMITTED',
            'NOT_OBJECTED',
            'CONSENTED',
            'UNKNOWN_TERM',
            'PROHIBITED',
            'NOT_PERMITTED',
            'MEMBER_OBJECTED',
            'NO_CONSENT',
            'RECONSENT_NEEDED',
          ][index],
      ),
    ).toEqual(['NO_CONSENT', 'PROHIBITED', 'UNKNOWN_TERM']);
  });
});
