// Who is signed in, from the API's `me` (the session cookie is httpOnly: scripts cannot read it).
import { type ViewerQuery as ViewerData } from '@lovecando/shared-web-data';
import { useIsHydrating } from '@lovecando/shared-ui';
import { useCallback } from 'react';
import { type Client, type CombinedError, useClient, useQuery } from 'urql';
import { ViewerQuery } from '../identity.graphql';

export type Viewer = NonNullable<ViewerData['me']>;

export interface ViewerState {
  /** The signed-in member, or null when signed out or not known yet. */
  viewer: Viewer | null;
  /** True until the API has answered (also while a stale answer is being refreshed). */
  loading: boolean;
  error: CombinedError | undefined;
}

export function useViewer(): ViewerState {
  const [{ data, fetching, stale, error }] = useQuery({ query: ViewerQuery });
  // The server draws pages for nobody in particular; while the browser adopts that drawing, it shows the
  // same "not known yet", and the member's name comes with the next render.
  const hydrating = useIsHydrating();
  if (hydrating) return { viewer: null, loading: true, error: undefined };
  return { viewer: data?.me ?? null, loading: (!data && !error) || fetching || stale, error };
}

/**
 * Starts asking `me` as the app starts, while the first page's chunk is still on its way: asked by the
 * header's first render instead, the answer came a round trip after the page was drawn, and a phone drew
 * the page again then. The header finds the answer in the cache, or shares the request still in flight.
 */
export function prefetchViewer(client: Client): void {
  void client.query(ViewerQuery, {}).toPromise();
}

/**
 * Asks the API who is signed in now, bypassing the cache, and resolves once every component showing the
 * viewer has the answer. Run after the session changed and before navigating, so the next page (e.g. a
 * page for signed-in members only) does not act on the previous answer.
 */
export function useRefreshViewer(): () => Promise<void> {
  const client = useClient();
  return useCallback(async () => {
    await client.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  }, [client]);
}
