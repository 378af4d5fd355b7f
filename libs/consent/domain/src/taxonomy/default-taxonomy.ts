// The platform's default taxonomy, shipped as a versioned JSON document (default-taxonomy.json) so that it
// can be reviewed, diffed and amended like any other governed text.
import data from './default-taxonomy.json' with { type: 'json' };
import { loadTaxonomy } from './taxonomy.js';
import { type Taxonomy } from './types.js';

let cached: Taxonomy | undefined;

/** The default taxonomy, validated once and shared (it is immutable). Throws if the shipped file is invalid. */
export function defaultTaxonomy(): Taxonomy {
  if (cached) return cached;
  const result = loadTaxonomy(data);
  if (!result.ok) {
    // A broken shipped file is a build defect, not a runtime condition; the tests load it on every run.
    const list = result.problems.map((p) => `${p.code} at ${p.path}: ${p.message.en}`).join('; ');
    throw new Error(`The default taxonomy is invalid: ${list}`);
  }
  cached = result.taxonomy;
  return cached;
}
