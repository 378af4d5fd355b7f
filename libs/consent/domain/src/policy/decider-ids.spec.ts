// The ids the Decider gives its decisions (docs/domain/consent.md#decision-ids): UUIDv7, kept once read,
// unique over many decisions and across two Deciders built from one snapshot, also when each runs its own
// copy of the engine as two processes would, and ordered as they were first read.
import { validate, version } from 'uuid';
import { permit, RECIPIENTS, smallTaxonomy } from '../testing/fixtures.js';
import { compile } from './compile.js';
import { Decider } from './decider.js';
import { type DecisionRequest } from './decision.js';

const { policy } = compile({
  taxonomy: smallTaxonomy(),
  recipients: RECIPIENTS,
  clauses: [permit({ id: 'open', memberControl: 'none', legalBasis: 'contract' })],
});
const request: DecisionRequest = {
  member: 'ada',
  category: 'health.activity.steps',
  purpose: 'research',
  operation: 'use',
  recipient: 'uni-x',
  time: Date.parse('2026-06-01T00:00:00Z'),
};
const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Decider of a second copy of the engine's modules, as in another process. */
async function deciderOfAnotherProcess(): Promise<typeof Decider> {
  let other: typeof Decider | undefined;
  await jest.isolateModulesAsync(async () => {
    other = (await import('./decider.js')).Decider;
  });
  if (!other) throw new Error('the module did not load');
  return other;
}

describe('decision ids', () => {
  it('are version 7 UUIDs, the same each time they are read and in the serialised decision', () => {
    const decision = new Decider(policy).decide(request);
    const id = decision.decisionId;
    expect(id).toMatch(V7);
    expect(validate(id) && version(id)).toBe(7);
    expect(decision.decisionId).toBe(id);
    expect((JSON.parse(JSON.stringify(decision)) as { decisionId: string }).decisionId).toBe(id);
  });

  it('are unique over many decisions of two Deciders built from the same snapshot', () => {
    const first = new Decider(policy);
    const second = new Decider(policy);
    const ids = new Set<string>();
    for (let n = 0; n < 20_000; n += 1) {
      ids.add(first.decide(request).decisionId);
      ids.add(second.decide(request).decisionId);
    }
    expect(ids.size).toBe(40_000);
  });

  it('are unique across two processes deciding at the same time', async () => {
    const Other = await deciderOfAnotherProcess();
    expect(Other).not.toBe(Decider);
    const here = new Decider(policy);
    const there = new Other(policy);
    const ids = new Set<string>();
    for (let n = 0; n < 20_000; n += 1) {
      ids.add(here.decide(request).decisionId);
      ids.add(there.decide(request).decisionId);
    }
    expect(ids.size).toBe(40_000);
  });

  it('follow the order in which decisions are first read, as a log reads them', () => {
    const decider = new Decider(policy);
    const ids = Array.from({ length: 1_000 }, () => decider.decide(request).decisionId);
    expect([...ids].sort()).toEqual(ids);
    // A decision never read has no id yet: a batch pays nothing for ids it does not use.
    const unread = decider.decide(request);
    const later = decider.decide(request).decisionId;
    expect(unread.decisionId > later).toBe(true);
  });
});
