// The impact report on a large world (testing/broad-proposal.ts: 7.2 million cells, 500 clauses,
// 10,000 members) for a proposal with one broad clause, pinned to its exact figures so that a change that
// makes the impact faster cannot make it wrong; and, on one narrow change, the members affected counted
// again by brute force with the Decider. How long it takes is measured by `npm run bench -- consent`
// ("consent_impact_broad"), never here.
import { type Clause } from '../clauses/clause.js';
import { compile } from '../policy/compile.js';
import { Decider } from '../policy/decider.js';
import { canonicalJson, sha256Hex } from '@lovecando/shared-util';
import { broadProposal } from '../testing/broad-proposal.js';
import { impact } from './impact.js';

const world = broadProposal();
const cellCount = (groups: readonly { cells: readonly unknown[] }[]) =>
  groups.reduce((sum, group) => sum + group.cells.length, 0);

describe('impact on a large world', () => {
  it('reports the broad proposal exactly', () => {
    const result = impact(world.before, world.after, world.population, world.time);
    expect({
      newlyAllowed: { groups: result.newlyAllowed.length, cells: cellCount(result.newlyAllowed) },
      newlyDenied: result.newlyDenied,
      controlChanged: { groups: result.controlChanged.length, cells: cellCount(result.controlChanged) },
      weakened: result.controlChanged.flatMap((group) => group.cells.filter((cell) => cell.weakened)),
      membersAffected: result.membersAffected,
      servicesGaining: result.servicesGaining.length,
      servicesLosing: result.servicesLosing,
      conflicts: result.conflicts,
      noOps: result.noOps,
      reconsent: result.reconsent,
      floorViolations: result.floorViolations,
    }).toEqual({
      // The broad permit alone newly allows 35,686 cells; the others add the rest.
      newlyAllowed: { groups: 699, cells: 36_861 },
      newlyDenied: [
        {
          recipient: 'svc087',
          purpose: 'pur3.sub3',
          cells: ['use', 'store', 'share', 'combine', 'profile', 'infer'].map((operation) => ({
            category: 'cat11.sub1.leaf0',
            operation,
          })),
        },
      ],
      controlChanged: { groups: 100, cells: 300 },
      weakened: [],
      membersAffected: 10_000,
      servicesGaining: 100,
      servicesLosing: ['svc087'],
      conflicts: [{ permitId: 'new-broad', prohibitIds: ['clause-169'] }],
      noOps: [],
      reconsent: [],
      floorViolations: [],
    });
    // Every cell, group and name of the report, in order.
    expect(sha256Hex(canonicalJson(result))).toBe(
      '190a0eab7b3e7fe3b064af46e918492bc8d2ed6d7a5e5f357c818b20e117da31',
    );
  });

  it('counts the members a narrow opt-out permit affects, as the Decider sees them cell by cell', () => {
    const added = world.proposal.find((clause) => clause.id === 'new-narrow-1')!;
    const { taxonomy, snapshot } = world.before;
    const after = compile({
      taxonomy,
      recipients: snapshot.content.recipients,
      clauses: [...world.clauses, added],
    });
    const { members } = world.population;
    const result = impact(world.before, after, { members }, world.time);
    // Brute force over the only cells that can change: those the added permit selects.
    const deciders = [new Decider(world.before.policy, members), new Decider(after.policy, members)];
    const cells = selectedCells(
      added,
      taxonomy,
      snapshot.content.recipients.map((recipient) => recipient.id),
    );
    const affected = members.filter(({ memberId }) =>
      cells.some((cell) => {
        const request = { ...cell, member: memberId, time: world.time };
        return deciders[0]!.decide(request).allowed !== deciders[1]!.decide(request).allowed;
      }),
    );
    expect(affected.length).toBe(999);
    expect(result.membersAffected).toBe(affected.length);
    expect(cellCount(result.newlyAllowed)).toBe(4);
  });
});

function selectedCells(
  clause: Clause,
  taxonomy: typeof world.before.taxonomy,
  recipients: readonly string[],
) {
  const expand = (kind: 'category' | 'purpose', ids: readonly string[]) => [
    ...new Set(ids.flatMap((id) => taxonomy.descendantsOrSelf(kind, id))),
  ];
  const operations = clause.operations === 'all' ? taxonomy.ids('operation') : clause.operations;
  const chosen = clause.recipients === 'all' ? recipients : clause.recipients;
  return expand('category', clause.dataCategories).flatMap((category) =>
    expand('purpose', clause.purposes).flatMap((purpose) =>
      operations.flatMap((operation) =>
        chosen.map((recipient) => ({ category, purpose, operation, recipient })),
      ),
    ),
  );
}
