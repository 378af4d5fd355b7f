// Public surface of the taxonomy module: the data categories, purposes and operations that consent rules
// and requests are expressed in.
export { defaultTaxonomy } from './default-taxonomy.js';
export { TAXONOMY_PROBLEM_CODES, type TaxonomyProblem, type TaxonomyProblemCode } from './problems.js';
export { loadTaxonomy, type LoadTaxonomyResult } from './taxonomy.js';
export {
  KIND_FIELDS,
  TAXONOMY_KINDS,
  type Taxonomy,
  type TaxonomyData,
  type TaxonomyKind,
  type TaxonomyNode,
  type TaxonomyTerm,
} from './types.js';
export { DPV_IRI_PATTERN, TAXONOMY_ID_PATTERN } from './validate.js';
