// A GraphQL client that keeps cookies like a browser does, for tests that sign in and out over real HTTP.
import { type GraphqlResponse } from './graphql-request.js';

export class GraphqlSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  /** The Cookie header this client would send (also for WebSocket upgrades). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader() },
      body: JSON.stringify({ query, variables }),
    });
    for (const line of response.headers.getSetCookie()) this.remember(line);
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphqlResponse<T>['body'],
    };
  }

  /** Sends the query and returns its data, failing with the errors when there are any. */
  async data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await this.request<T>(query, variables);
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  /** The code of the first error, or undefined. */
  async errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const { body } = await this.request(query, variables);
    return body.errors?.[0]?.extensions?.['code'] as string | undefined;
  }

  private remember(setCookie: string): void {
    const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    const expired = attributes.some(
      (attribute) => /^max-age=0$/i.test(attribute) || /^expires=Thu, 01 Jan 1970/i.test(attribute),
    );
    if (expired || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
