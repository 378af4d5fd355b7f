// The terms manifest: the cache settings it declares keep each version of the terms apart, as the terms
// page needs when it shows one version after another.
import { composeCache, createGraphqlClient } from '@lovecando/shared-web-data';
import { createMockClient, operationName } from '@lovecando/shared-web-data/testing';
import { gql } from '@urql/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import { termsWebFeature } from './feature';

const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the terms web feature', () => {
  it('mounts the terms page at /terms in its own namespace', () => {
    expect(termsWebFeature.routes.map((route) => route.path)).toEqual(['terms']);
    expect(termsWebFeature.i18n.namespace).toBe('terms');
  });

  it('asks for the terms as the app starts on /terms, and for nothing on another first page', () => {
    const { client, operations } = createMockClient(() => never);
    termsWebFeature.prefetch?.(client, '/');
    termsWebFeature.prefetch?.(client, '/sign-in');
    expect(operations).toHaveLength(0);
    termsWebFeature.prefetch?.(client, '/terms');
    expect(operations.map(operationName)).toEqual(['TermsOfUse']);
  });

  it('keeps each version of the terms with its own articles, though article ids recur across versions', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const termsQuery = gql`
      query Terms($ordinal: Int) {
        termsOfUse(ordinal: $ordinal) {
          ordinal
          articles {
            id
            title {
              en
            }
            bodyReadability {
              en {
                score
              }
            }
          }
        }
      }
    `;
    const version = (ordinal: number, title: string, score: number) => ({
      termsOfUse: {
        __typename: 'TermsVersion',
        ordinal,
        articles: [
          {
            __typename: 'TermsArticle',
            id: 'membership',
            title: { __typename: 'LocalizedText', en: title },
            bodyReadability: {
              __typename: 'LocalizedReadability',
              en: { __typename: 'Readability', score },
            },
          },
        ],
      },
    });
    const fetchStub = vi.fn<typeof fetch>((_url, init) => {
      const body = typeof init?.body === 'string' ? init.body : '{}';
      const { variables } = JSON.parse(body) as { variables: { ordinal?: number } };
      return Promise.resolve(
        jsonResponse({
          data: variables.ordinal === 1 ? version(1, 'Joining', 61.2) : version(2, 'Becoming a member', 70.4),
        }),
      );
    });
    const client = createGraphqlClient({
      url: '/graphql',
      wsUrl: 'ws://localhost/graphql',
      fetch: fetchStub,
      cache: composeCache([termsWebFeature.cache]),
    });

    await client.query(termsQuery, { ordinal: 1 }).toPromise();
    await client.query(termsQuery, { ordinal: 2 }).toPromise();
    const first = await client.query(termsQuery, { ordinal: 1 }).toPromise();

    expect(first.data).toEqual({
      termsOfUse: {
        ordinal: 1,
        articles: [{ id: 'membership', title: { en: 'Joining' }, bodyReadability: { en: { score: 61.2 } } }],
      },
    });
    expect(fetchStub).toHaveBeenCalledTimes(2);
    expect(warn).not.toHaveBeenCalled();
  });
});
