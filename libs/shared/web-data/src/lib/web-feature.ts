// The manifest each scope's web library exports from its feature.ts: its pages' routes, its texts in its
// own i18next namespace and what the GraphQL cache must know of its types. The app composes the
// manifests (apps/web/src/app/features.ts), so a new scope is added to the web app in one place.
import { type KeyingConfig, type UpdatesConfig } from '@urql/exchange-graphcache';
import { type Client } from '@urql/core';
import { type RouteObject } from 'react-router';

/** What one scope tells the normalised cache about the types and fields of its part of the schema. */
export interface FeatureCache {
  /** How to identify the scope's types; `() => null` stores a type inside its parent (no id of its own). */
  readonly keys?: KeyingConfig;
  /** Cache updates after the scope's mutations, by type then field (e.g. Mutation.publishTerms). */
  readonly updates?: UpdatesConfig;
  /** Query fields whose answer is the same for every visitor: kept when the session changes. */
  readonly visitorIndependentQueries?: readonly string[];
  /** Mutations that start, end or renew the session: after them, every visitor-dependent answer is dropped. */
  readonly sessionMutations?: readonly string[];
}

/** One scope in the web app. `Namespace` and `Texts` stay literal so the app can type its translation keys. */
export interface WebFeature<Namespace extends string = string, Texts extends object = object> {
  /** The scope's name, as in its tags (scope:<name>). */
  readonly name: string;
  /** The scope's pages, mounted under the app's layout and error boundary; `lazy` routes are welcome. */
  readonly routes: readonly RouteObject[];
  /** The scope's texts in its own namespace; French is the reference the typecheck reads keys from. */
  readonly i18n: {
    readonly namespace: Namespace;
    readonly resources: { readonly fr: Texts; readonly en: Texts };
  };
  readonly cache?: FeatureCache;
  /**
   * Asks, as the app starts, for what the first page at `path` will need (e.g. the terms on /terms), so
   * the request runs while the page's code downloads instead of after it: the page finds it in the cache.
   */
  readonly prefetch?: (client: Client, path: string) => void;
}

/**
 * The `handle` of a route whose page the server draws before the scripts arrive
 * (docs/architecture.md#first-paint-from-the-server): a public page whose content is the same for every
 * visitor apart from who is signed in, and whose queries are visitor-independent ones.
 */
export const PRERENDERED_PAGE = { prerender: true } as const;

/** Whether the deepest route matched for a location asks to be drawn by the server. */
export function isPrerenderedPage(matches: readonly { route: { handle?: unknown } }[]): boolean {
  const handle = matches.at(-1)?.route.handle;
  return (
    typeof handle === 'object' && handle !== null && (handle as { prerender?: unknown }).prerender === true
  );
}
