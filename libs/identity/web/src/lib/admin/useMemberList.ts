// The admin's list of members for one filter: the first page through a live query (graphcache keeps it
// up to date), further pages appended on request ("load more"), and the latest version of each member
// changed on this page applied over whatever page it came from.
import { type MemberFilter, type MembersQuery as MembersData } from '@lovecando/shared-web-data';
import { useState } from 'react';
import { type CombinedError, useClient, useQuery } from 'urql';
import { MembersQuery } from '../identity.graphql';

export type ListedMember = MembersData['members']['edges'][number]['node'];

/** Members per request: enough to fill a screen, small enough to answer fast. */
export const PAGE_SIZE = 20;

interface ExtraPages {
  /** The filter these pages belong to: pages of an earlier filter are ignored. */
  filter: MemberFilter;
  members: ListedMember[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface MemberList {
  members: ListedMember[];
  totalCount: number | undefined;
  hasNextPage: boolean;
  fetching: boolean;
  loadingMore: boolean;
  error: CombinedError | undefined;
  loadMore: () => Promise<void>;
  /** Shows a member as a mutation returned it. */
  replace: (member: ListedMember) => void;
  retry: () => void;
}

export function useMemberList(filter: MemberFilter): MemberList {
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MembersQuery,
    variables: { filter, first: PAGE_SIZE, after: null },
    requestPolicy: 'cache-and-network',
  });
  const [extra, setExtra] = useState<ExtraPages>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<CombinedError>();
  const [changed, setChanged] = useState<ReadonlyMap<string, ListedMember>>(new Map());

  const pages = extra?.filter === filter ? extra : undefined;
  const first = data?.members;
  const listed = [...(first?.edges.map((edge) => edge.node) ?? []), ...(pages?.members ?? [])];
  // A member can move between pages while others are added: show each one once.
  const seen = new Set<string>();
  const members = listed
    .filter((member) => !seen.has(member.id) && Boolean(seen.add(member.id)))
    .map((member) => changed.get(member.id) ?? member);
  const endCursor = pages ? pages.endCursor : (first?.pageInfo.endCursor ?? null);
  const hasNextPage = pages ? pages.hasNextPage : (first?.pageInfo.hasNextPage ?? false);

  const loadMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    const result = await client
      .query(MembersQuery, { filter, first: PAGE_SIZE, after: endCursor }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoadingMore(false);
    setMoreError(result.error);
    const page = result.data?.members;
    if (!page) return;
    setExtra({
      filter,
      members: [...(pages?.members ?? []), ...page.edges.map((edge) => edge.node)],
      endCursor: page.pageInfo.endCursor,
      hasNextPage: page.pageInfo.hasNextPage,
    });
  };

  return {
    members,
    totalCount: first?.totalCount,
    hasNextPage,
    fetching,
    loadingMore,
    error: error ?? moreError,
    loadMore,
    replace: (member) => setChanged((previous) => new Map(previous).set(member.id, member)),
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
