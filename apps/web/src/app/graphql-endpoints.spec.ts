// GraphQL endpoints derived from the page address.
import { describe, expect, it } from 'vitest';
import { graphqlEndpoints } from './graphql-endpoints';

describe('graphqlEndpoints', () => {
  it('uses ws:// next to http://', () => {
    expect(graphqlEndpoints({ protocol: 'http:', host: 'localhost:4200' })).toEqual({
      url: 'http://localhost:4200/graphql',
      wsUrl: 'ws://localhost:4200/graphql',
    });
  });

  it('uses wss:// next to https://', () => {
    expect(graphqlEndpoints({ protocol: 'https:', host: 'lovecando.example' })).toEqual({
      url: 'https://lovecando.example/graphql',
      wsUrl: 'wss://lovecando.example/graphql',
    });
  });
});
