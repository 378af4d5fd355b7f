// Topic coverage. A proposal's topic is covered by the global scope and by each of its dotted prefixes;
// only those can apply, and among them the longest is the most specific. Precomputing the prefixes turns
// "does this delegation apply, and how specific is it" into one map lookup per delegation.

/** Specificity of each scope covering `topic`: global 0, `health` 1, `health.research` 2. */
export function coveringScopes(topic: string): ReadonlyMap<string, number> {
  const scopes = new Map<string, number>();
  const parts = topic.split('.');
  for (let depth = 1; depth <= parts.length; depth++) {
    scopes.set(parts.slice(0, depth).join('.'), depth);
  }
  return scopes;
}

/** How specific `scope` is for a proposal, or undefined when it does not cover the proposal's topic. */
export function specificity(scopes: ReadonlyMap<string, number>, scope: string | null): number | undefined {
  return scope === null ? 0 : scopes.get(scope);
}

/** Whether a delegation on `scope` applies to a proposal on `topic`. */
export function covers(scope: string | null, topic: string): boolean {
  return scope === null || topic === scope || topic.startsWith(`${scope}.`);
}
