// Merging the features' cache settings: everything each feature declares is kept, and two features
// claiming the same type or update are refused rather than silently overriding each other.
import { describe, expect, it } from 'vitest';
import { composeCache } from './feature-cache';

const noKey = () => null;
const noUpdate = () => undefined;

describe('composeCache', () => {
  it('keeps the keys, updates, visitor-independent queries and session mutations of every feature', () => {
    const composed = composeCache([
      { keys: { A: noKey }, sessionMutations: ['signIn'], updates: { Mutation: { signIn: noUpdate } } },
      undefined,
      {
        keys: { B: noKey },
        visitorIndependentQueries: ['terms'],
        updates: { Mutation: { publish: noUpdate } },
      },
    ]);
    expect(composed).toEqual({
      keys: { A: noKey, B: noKey },
      updates: { Mutation: { signIn: noUpdate, publish: noUpdate } },
      visitorIndependentQueries: ['terms'],
      sessionMutations: ['signIn'],
    });
  });

  it('refuses two features keying the same type', () => {
    expect(() => composeCache([{ keys: { Member: noKey } }, { keys: { Member: noKey } }])).toThrow(
      /cache key of Member/,
    );
  });

  it('refuses two features updating the same field', () => {
    const update = { updates: { Mutation: { signIn: noUpdate } } };
    expect(() => composeCache([update, update])).toThrow(/update of Mutation\.signIn/);
  });
});
