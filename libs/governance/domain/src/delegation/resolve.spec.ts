// Golden scenarios of liquid delegation, each small enough to check by hand, with the member's sentence.
import { Electorate } from './electorate.js';
import { explainOutcome } from './explain.js';
import { resolveDelegations } from './resolve.js';
import { ConflictingDelegationsError, type Delegation, type MemberOutcome } from './types.js';
import { weightedYesNo } from './weighted.js';

const LABELS: Record<string, { fr: string; en: string }> = {
  health: { fr: 'santé', en: 'health' },
  'health.research': { fr: 'recherche en santé', en: 'health research' },
};
const options = {
  topicLabel: (topic: string, lang: 'fr' | 'en') => LABELS[topic]?.[lang] ?? topic,
};

const d = (from: string, to: string | null, topic: string | null = null): Delegation => ({ from, to, topic });

function resolve(topic: string, members: string[], delegations: Delegation[], voters: string[]) {
  return resolveDelegations({ topic, members, delegations, directVoters: new Set(voters) });
}

const strip = (outcome: MemberOutcome | undefined) => {
  if (outcome === undefined) return undefined;
  const { member, kind, chain } = outcome;
  return {
    member,
    kind,
    chain,
    ...('finalVoter' in outcome ? { finalVoter: outcome.finalVoter } : {}),
    ...('reason' in outcome ? { reason: outcome.reason } : {}),
  };
};

describe('resolveDelegations', () => {
  it('follows a chain of 5 to the voter at its end', () => {
    const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'ada'];
    const r = resolve(
      'health',
      members,
      [d('m1', 'm2'), d('m2', 'm3'), d('m3', 'm4'), d('m4', 'm5'), d('m5', 'ada')],
      ['ada'],
    );
    expect(strip(r.outcome('m1'))).toEqual({
      member: 'm1',
      kind: 'delegated',
      chain: ['m1', 'm2', 'm3', 'm4', 'm5', 'ada'],
      finalVoter: 'ada',
    });
    expect(r.weights).toEqual(new Map([['ada', { direct: 1, delegated: 5 }]]));
    expect(r.totals).toEqual({ direct: 1, delegated: 5, lost: 0, none: 0 });
  });

  it('loses the weight of a cycle in which nobody votes, and of those who delegate into it', () => {
    const r = resolve(
      'health',
      ['a', 'b', 'c', 'tail', 'ada'],
      [d('a', 'b'), d('b', 'c'), d('c', 'a'), d('tail', 'a')],
      ['ada'],
    );
    expect(strip(r.outcome('a'))).toEqual({
      member: 'a',
      kind: 'lost',
      chain: ['a', 'b', 'c', 'a'],
      reason: 'CYCLE',
    });
    expect(strip(r.outcome('tail'))).toEqual({
      member: 'tail',
      kind: 'lost',
      chain: ['tail', 'a', 'b', 'c', 'a'],
      reason: 'CYCLE',
    });
    expect(r.weights).toEqual(new Map([['ada', { direct: 1, delegated: 0 }]]));
    expect(r.totals).toEqual({ direct: 1, delegated: 0, lost: 4, none: 0 });
    expect(explainOutcome(r.outcome('a')!, 'en')).toBe(
      'Your vote was not counted: your delegation to b runs in a circle in which nobody voted (global delegation).',
    );
    expect(explainOutcome(r.outcome('a')!, 'fr')).toBe(
      'Votre voix n’a pas été comptée\u00a0: votre délégation à b tourne en rond sans que personne ne vote (délégation globale).',
    );
  });

  it('lets the members of a cycle reach a direct voter inside it', () => {
    const r = resolve('health', ['a', 'b', 'c'], [d('a', 'b'), d('b', 'c'), d('c', 'a')], ['b']);
    expect(strip(r.outcome('a'))).toEqual({
      member: 'a',
      kind: 'delegated',
      chain: ['a', 'b'],
      finalVoter: 'b',
    });
    expect(strip(r.outcome('c'))).toEqual({
      member: 'c',
      kind: 'delegated',
      chain: ['c', 'a', 'b'],
      finalVoter: 'b',
    });
    expect(strip(r.outcome('b'))).toEqual({ member: 'b', kind: 'direct', chain: ['b'], finalVoter: 'b' });
    expect(r.weights).toEqual(new Map([['b', { direct: 1, delegated: 2 }]]));
    expect(explainOutcome(r.outcome('b')!, 'en')).toBe(
      'You voted directly, carrying 2 delegated votes; this overrides your delegation to c.',
    );
  });

  it('prefers a topic delegation over a global one, the most specific first', () => {
    const members = ['me', 'bob', 'ada', 'eve', 'zoe'];
    const delegations = [
      d('me', 'eve'),
      d('me', 'bob', 'health'),
      d('bob', 'ada', 'health'),
      d('bob', 'zoe'),
    ];
    const r = resolve('health.research', members, delegations, ['ada', 'eve', 'zoe']);
    expect(strip(r.outcome('me'))).toEqual({
      member: 'me',
      kind: 'delegated',
      chain: ['me', 'bob', 'ada'],
      finalVoter: 'ada',
    });
    expect(explainOutcome(r.outcome('me')!, 'en', { ...options, name: (m) => upper(m) })).toBe(
      'Your vote went to Ada through Bob (health delegation).',
    );
    expect(explainOutcome(r.outcome('me')!, 'fr', { ...options, name: (m) => upper(m) })).toBe(
      'Votre voix est allée à Ada via Bob (délégation santé).',
    );
    // On another topic the global delegations apply.
    const other = resolve('mobility', members, delegations, ['ada', 'eve', 'zoe']);
    expect(other.outcome('me')).toMatchObject({ kind: 'delegated', finalVoter: 'eve' });
    expect(other.outcome('bob')).toMatchObject({ kind: 'delegated', finalVoter: 'zoe' });
    // A narrower topic delegation wins over a wider one.
    const narrower = resolve(
      'health.research',
      members,
      [...delegations, d('me', 'zoe', 'health.research')],
      ['ada', 'eve', 'zoe'],
    );
    expect(narrower.outcome('me')).toMatchObject({ kind: 'delegated', finalVoter: 'zoe' });
  });

  it('lets an explicit no-delegation on a topic block the global one', () => {
    const r = resolve('health.research', ['me', 'ada'], [d('me', 'ada'), d('me', null, 'health')], ['ada']);
    expect(r.outcome('me')).toEqual({
      member: 'me',
      kind: 'none',
      chain: ['me'],
      delegation: d('me', null, 'health'),
    });
    expect(r.weights.get('ada')).toEqual({ direct: 1, delegated: 0 });
    expect(explainOutcome(r.outcome('me')!, 'en', options)).toBe(
      'You did not vote, and chose not to delegate on health.',
    );
    expect(explainOutcome(r.outcome('me')!, 'fr', options)).toBe(
      'Vous n’avez pas voté et avez choisi de ne pas déléguer sur le sujet santé.',
    );
    // Someone delegating to a member who blocked the topic loses their vote, with the reason.
    const through = resolve(
      'health',
      ['x', 'me', 'ada'],
      [d('x', 'me'), d('me', 'ada'), d('me', null, 'health')],
      ['ada'],
    );
    expect(strip(through.outcome('x'))).toEqual({
      member: 'x',
      kind: 'lost',
      chain: ['x', 'me'],
      reason: 'BLOCKED',
    });
  });

  it('lets a direct vote override the member’s own delegation', () => {
    const r = resolve('health', ['me', 'ada'], [d('me', 'ada')], ['me', 'ada']);
    expect(r.outcome('me')).toEqual({
      member: 'me',
      kind: 'direct',
      finalVoter: 'me',
      chain: ['me'],
      delegatedWeight: 0,
      overriddenDelegation: d('me', 'ada'),
    });
    expect(r.weights).toEqual(
      new Map([
        ['me', { direct: 1, delegated: 0 }],
        ['ada', { direct: 1, delegated: 0 }],
      ]),
    );
    expect(explainOutcome(r.outcome('me')!, 'fr')).toBe(
      'Vous avez voté directement\u00a0; cela remplace votre délégation à ada.',
    );
  });

  it('loses a chain that ends at a member who neither votes nor delegates', () => {
    const r = resolve(
      'health',
      ['me', 'bob', 'carol', 'ada'],
      [d('me', 'bob', 'health'), d('bob', 'carol')],
      ['ada'],
    );
    expect(strip(r.outcome('me'))).toEqual({
      member: 'me',
      kind: 'lost',
      chain: ['me', 'bob', 'carol'],
      reason: 'NO_VOTER_AT_END',
    });
    expect(strip(r.outcome('carol'))).toEqual({ member: 'carol', kind: 'none', chain: ['carol'] });
    expect(explainOutcome(r.outcome('me')!, 'en', options)).toBe(
      'Your vote was not counted: it reached carol through bob, who neither voted nor delegated (health delegation).',
    );
    expect(explainOutcome(r.outcome('carol')!, 'fr')).toBe(
      'Vous n’avez pas voté et n’avez pas de délégation pour ce sujet.',
    );
  });

  it('treats a delegation to someone outside the electorate as reaching no voter', () => {
    const r = resolve('health', ['me', 'ada'], [d('me', 'ghost'), d('ghost', 'ada')], ['ada']);
    expect(strip(r.outcome('me'))).toEqual({
      member: 'me',
      kind: 'lost',
      chain: ['me', 'ghost'],
      reason: 'NO_VOTER_AT_END',
    });
    expect(r.outcome('ghost')).toBeUndefined();
  });

  it('refuses two different delegations of a member for the same topic, in either order', () => {
    const a = d('me', 'ada', 'health');
    const b = d('me', 'bob', 'health');
    expect(() => resolve('health', ['me', 'ada', 'bob'], [a, b], [])).toThrow(ConflictingDelegationsError);
    expect(() => resolve('health', ['me', 'ada', 'bob'], [b, a], [])).toThrow(ConflictingDelegationsError);
  });
});

describe('Electorate', () => {
  it('is reusable across resolutions and accepts voters as a predicate', () => {
    const electorate = Electorate.of(['a', 'b', 'c']);
    const delegations = [d('b', 'a'), d('c', 'b', 'health')];
    const bySet = resolveDelegations({
      topic: 'health',
      members: electorate,
      delegations,
      directVoters: new Set(['a']),
    });
    const byPredicate = resolveDelegations({
      topic: 'health',
      members: electorate,
      delegations,
      directVoters: (member) => member === 'a',
    });
    expect([...byPredicate.outcomes()]).toEqual([...bySet.outcomes()]);
    expect(bySet.weights.get('a')).toEqual({ direct: 1, delegated: 2 });
  });

  it('refuses a member listed twice', () => {
    expect(() => Electorate.of(['a', 'b', 'a'])).toThrow(/twice/);
  });
});

describe('weightedYesNo', () => {
  it('counts direct and delegated weight separately', () => {
    const r = resolve(
      'health',
      ['a', 'b', 'c', 'd', 'e'],
      [d('b', 'a'), d('c', 'b'), d('e', 'd')],
      ['a', 'd'],
    );
    const tally = weightedYesNo(
      r,
      new Map([
        ['a', 'yes'],
        ['d', 'no'],
      ]),
    );
    expect(tally).toEqual({
      yes: { direct: 1, delegated: 2, total: 3 },
      no: { direct: 1, delegated: 1, total: 2 },
      abstain: { direct: 0, delegated: 0, total: 0 },
    });
  });

  it('refuses ballots that disagree with the direct voters', () => {
    const r = resolve('health', ['a', 'b'], [], ['a']);
    expect(() => weightedYesNo(r, new Map())).toThrow(/no ballot/);
    expect(() =>
      weightedYesNo(
        r,
        new Map([
          ['a', 'yes'],
          ['b', 'no'],
        ]),
      ),
    ).toThrow(/not a direct voter/);
  });
});

function upper(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}
