// The API serves the app, so GraphQL is on the same origin: /graphql over HTTP(S) and WS(S).
export interface GraphqlEndpoints {
  url: string;
  wsUrl: string;
}

export function graphqlEndpoints({ protocol, host }: Pick<Location, 'protocol' | 'host'>): GraphqlEndpoints {
  // A page served over HTTPS may only open a secure WebSocket.
  const wsProtocol = protocol === 'https:' ? 'wss:' : 'ws:';
  return { url: `${protocol}//${host}/graphql`, wsUrl: `${wsProtocol}//${host}/graphql` };
}
