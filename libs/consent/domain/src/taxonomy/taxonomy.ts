// Entry point for turning a taxonomy document into a usable `Taxonomy`: validate everything, report every
// problem at once, and only then build the indexes. Pure: no I/O, runs in Node and in the browser.
import { buildTaxonomy } from './build.js';
import { type TaxonomyProblem } from './problems.js';
import { type Taxonomy } from './types.js';
import { validateTaxonomyData } from './validate.js';

export type LoadTaxonomyResult =
  | { readonly ok: true; readonly taxonomy: Taxonomy }
  | { readonly ok: false; readonly problems: readonly TaxonomyProblem[] };

export function loadTaxonomy(data: unknown): LoadTaxonomyResult {
  const validated = validateTaxonomyData(data);
  if (!validated.ok) return { ok: false, problems: validated.problems };
  return { ok: true, taxonomy: buildTaxonomy(validated.data) };
}
