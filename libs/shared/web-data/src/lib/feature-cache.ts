// Merges the cache settings of every feature into the one configuration the urql client is built with.
// Two features claiming the same type or the same update would silently override each other: refused.
import { type KeyingConfig, type UpdatesConfig } from '@urql/exchange-graphcache';
import { type FeatureCache } from './web-feature';

/** The merged cache settings of all features; createGraphqlClient adds the app-wide ones. */
export interface ComposedCache {
  keys: KeyingConfig;
  updates: UpdatesConfig;
  visitorIndependentQueries: string[];
  sessionMutations: string[];
}

/** Copies `entries` into `into`, refusing a name `into` already has; `what` names it in the error. */
function mergeUnique<T>(into: Record<string, T>, entries: Record<string, T>, what: string): void {
  for (const [name, value] of Object.entries(entries)) {
    if (name in into) throw new Error(`Two features configure the cache ${what}${name}`);
    into[name] = value;
  }
}

export function composeCache(caches: readonly (FeatureCache | undefined)[]): ComposedCache {
  const composed: ComposedCache = {
    keys: {},
    updates: {},
    visitorIndependentQueries: [],
    sessionMutations: [],
  };
  for (const cache of caches) {
    if (!cache) continue;
    mergeUnique(composed.keys, cache.keys ?? {}, 'key of ');
    for (const [typename, fields] of Object.entries(cache.updates ?? {})) {
      composed.updates[typename] ??= {};
      mergeUnique(composed.updates[typename], fields ?? {}, `update of ${typename}.`);
    }
    composed.visitorIndependentQueries.push(...(cache.visitorIndependentQueries ?? []));
    composed.sessionMutations.push(...(cache.sessionMutations ?? []));
  }
  return composed;
}
