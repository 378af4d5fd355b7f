import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { apiProblems, hasCode, NETWORK_ERROR } from './api-errors';

const refusal = (code: string, field?: string) =>
  new CombinedError({
    graphQLErrors: [new GraphQLError('refused', { extensions: { code, ...(field ? { field } : {}) } })],
  });

describe('api errors', () => {
  it('reads the code and the field of each GraphQL error', () => {
    expect(apiProblems(refusal('PASSWORD_TOO_SHORT', 'input.password'))).toEqual([
      { code: 'PASSWORD_TOO_SHORT', field: 'input.password', details: {} },
    ]);
  });

  it('names a request that got no GraphQL answer a network error', () => {
    const offline = new CombinedError({ networkError: new Error('offline') });
    expect(apiProblems(offline)).toEqual([{ code: NETWORK_ERROR, details: {} }]);
    expect(hasCode(offline, NETWORK_ERROR)).toBe(true);
  });

  it('matches codes from the generated ErrorCode union only', () => {
    expect(hasCode(refusal('LOCAL_ONLY'), 'LOCAL_ONLY')).toBe(true);
    expect(hasCode(refusal('LOCAL_ONLY'), 'NOT_FOUND')).toBe(false);
    // @ts-expect-error a code the API never sends does not compile
    expect(hasCode(refusal('LOCAL_ONLY'), 'LOCAL_ONLY_TYPO')).toBe(false);
  });
});
