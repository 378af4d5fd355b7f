// The identity manifest: its pages and namespace, and the cache settings that keep one visitor's data
// from outliving their session.
import { composeCache, createGraphqlClient } from '@lovecando/shared-web-data';
import { gql, type OperationResult } from '@urql/core';
import { describe, expect, it, vi } from 'vitest';
import { identityWebFeature } from './feature';

const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('the identity web feature', () => {
  it('mounts the pages the emailed links point at, in its own namespace', () => {
    const paths = identityWebFeature.routes.map((route) => route.path);
    expect(paths).toEqual(expect.arrayContaining(['sign-in', 'verify-email', 'reset-password']));
    expect(identityWebFeature.i18n.namespace).toBe('identity');
  });

  it('names the mutations that change the session', () => {
    expect(identityWebFeature.cache?.sessionMutations).toEqual(['signIn', 'signOut', 'changePassword']);
  });

  it('asks for `me` again after sign-out, so the previous visitor does not linger in the cache', async () => {
    const meQuery = gql`
      query Viewer {
        me {
          id
          displayName
        }
      }
    `;
    const signOut = gql`
      mutation SignOut {
        signOut
      }
    `;
    let signedIn = true;
    const fetchStub = vi.fn<typeof fetch>((_url, init) => {
      const body =
        typeof init?.body === 'string' ? (JSON.parse(init.body) as { operationName: string }) : null;
      if (body?.operationName === 'SignOut') {
        signedIn = false;
        return Promise.resolve(jsonResponse({ data: { signOut: true } }));
      }
      const me = signedIn ? { __typename: 'Member', id: 'm1', displayName: 'Ada' } : null;
      return Promise.resolve(jsonResponse({ data: { me } }));
    });
    const client = createGraphqlClient({
      url: '/graphql',
      wsUrl: 'ws://localhost/graphql',
      fetch: fetchStub,
      cache: composeCache([identityWebFeature.cache]),
    });

    const results: OperationResult[] = [];
    const subscription = client.query(meQuery, {}).subscribe((result) => results.push(result));
    await vi.waitFor(() => expect(results.at(-1)?.data).toEqual({ me: { id: 'm1', displayName: 'Ada' } }));

    await client.mutation(signOut, {}).toPromise();
    await vi.waitFor(() => expect(results.at(-1)?.data).toEqual({ me: null }));
    subscription.unsubscribe();
  });
});
