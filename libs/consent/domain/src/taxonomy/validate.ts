// Validation of a taxonomy document received as untyped JSON (a file, an API payload, a proposal). It never
// stops at the first problem: authors of a taxonomy change should see everything to fix in one pass. On
// success it returns a normalised copy holding only known fields.
import { messages, problem, type TaxonomyProblem } from './problems.js';
import {
  KIND_FIELDS,
  TAXONOMY_KINDS,
  type TaxonomyData,
  type TaxonomyKind,
  type TaxonomyNode,
} from './types.js';

/** Dot-separated segments, each `[a-z][a-z0-9-]*`, e.g. `health.activity.steps`. */
export const TAXONOMY_ID_PATTERN = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*$/;

/**
 * A canonical W3C DPV IRI: `https://w3id.org/dpv#Term` or an extension such as `https://w3id.org/dpv/pd#Term`.
 * Versioned IRIs (`https://w3id.org/dpv/2.0/pd#…`) are refused on purpose: the unversioned ones stay
 * stable across DPV releases, which is what exported policies should point to.
 */
export const DPV_IRI_PATTERN = /^https:\/\/w3id\.org\/dpv(?:\/[a-z][a-z0-9-]*)*#[A-Za-z][A-Za-z0-9]*$/;

const TOP_LEVEL_FIELDS = new Set(['version', ...Object.values(KIND_FIELDS)]);
const NODE_FIELDS = new Set(['id', 'label', 'dpv', 'special']);
const LABEL_LANGUAGES = ['fr', 'en'] as const;

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The parent id of a dotted id, or undefined for a root. */
export function parentId(id: string): string | undefined {
  const dot = id.lastIndexOf('.');
  return dot < 0 ? undefined : id.slice(0, dot);
}

/**
 * Ids whose parent links loop back on themselves. With parents derived from dotted ids a parent is always a
 * strictly shorter id, so no cycle can arise today. The check stays because every ancestor walk in the
 * indexes (and in the decision engine) relies on reaching a root: should parents ever come from elsewhere
 * (an explicit `parent` field, aliases, a merged member-proposed extension), a loop must be reported here
 * rather than hang a decision.
 */
export function findCycles(parents: ReadonlyMap<string, string | undefined>): string[] {
  const cyclic: string[] = [];
  for (const start of parents.keys()) {
    const seen = new Set<string>();
    let current: string | undefined = start;
    while (current !== undefined && parents.has(current)) {
      if (seen.has(current)) {
        cyclic.push(start);
        break;
      }
      seen.add(current);
      current = parents.get(current);
    }
  }
  return cyclic;
}

interface Candidate {
  readonly id: string;
  readonly path: string;
  /** Undefined when the node had other problems: its id still takes part in duplicate and parent checks. */
  readonly node: TaxonomyNode | undefined;
}

function checkLabel(
  value: unknown,
  path: string,
  problems: TaxonomyProblem[],
): TaxonomyNode['label'] | undefined {
  if (!isObject(value)) {
    problems.push(problem('MISSING_LABEL', path, messages.missingLabel()));
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(value)) {
    if (!(LABEL_LANGUAGES as readonly string[]).includes(key)) {
      problems.push(problem('TAXONOMY_SHAPE', `${path}.${key}`, messages.unknownField(key)));
      ok = false;
    }
  }
  for (const language of LABEL_LANGUAGES) {
    if (!isNonBlank(value[language])) {
      problems.push(problem('MISSING_LABEL', `${path}.${language}`, messages.missingLabelText(language)));
      ok = false;
    }
  }
  const { fr, en } = value;
  return ok && typeof fr === 'string' && typeof en === 'string' ? { fr, en } : undefined;
}

/** Checks one node on its own; relations between nodes are checked afterwards, per kind. */
function checkNode(
  kind: TaxonomyKind,
  value: unknown,
  path: string,
  problems: TaxonomyProblem[],
): Candidate | undefined {
  if (!isObject(value)) {
    problems.push(
      problem('TAXONOMY_SHAPE', path, messages.notAnObject({ fr: 'Chaque nœud', en: 'Each node' })),
    );
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(value)) {
    if (!NODE_FIELDS.has(key))
      problems.push(problem('TAXONOMY_SHAPE', `${path}.${key}`, messages.unknownField(key)));
  }

  const { id, dpv, special } = value;
  let validId: string | undefined;
  if (typeof id !== 'string') {
    problems.push(problem('TAXONOMY_SHAPE', `${path}.id`, messages.idNotString()));
  } else if (!TAXONOMY_ID_PATTERN.test(id)) {
    problems.push(problem('BAD_ID', `${path}.id`, messages.badId(id)));
  } else {
    validId = id;
  }

  const label = checkLabel(value['label'], `${path}.label`, problems);

  if (dpv !== undefined && (typeof dpv !== 'string' || !DPV_IRI_PATTERN.test(dpv))) {
    problems.push(problem('BAD_DPV_IRI', `${path}.dpv`, messages.badDpvIri()));
  }

  if (special !== undefined) {
    if (kind !== 'category') {
      problems.push(
        problem('SPECIAL_OUTSIDE_CATEGORIES', `${path}.special`, messages.specialOutsideCategories(kind)),
      );
    } else if (typeof special !== 'boolean') {
      problems.push(problem('TAXONOMY_SHAPE', `${path}.special`, messages.specialNotBoolean()));
    }
  }

  if (validId === undefined) return undefined;
  const clean =
    problems.length === before && label !== undefined
      ? {
          id: validId,
          label,
          ...(typeof dpv === 'string' ? { dpv } : {}),
          // `special: false` says nothing more than leaving it out, so the normalised form drops it.
          ...(special === true ? { special } : {}),
        }
      : undefined;
  return { id: validId, path, node: clean };
}

/** Duplicates, missing ancestors and cycles within one kind. */
function checkRelations(candidates: readonly Candidate[], problems: TaxonomyProblem[]): void {
  const firstPath = new Map<string, string>();
  for (const { id, path } of candidates) {
    const first = firstPath.get(id);
    if (first === undefined) firstPath.set(id, `${path}.id`);
    else problems.push(problem('DUPLICATE_ID', `${path}.id`, messages.duplicateId(id, first)));
  }

  const reported = new Set<string>();
  for (const { id, path } of candidates) {
    if (reported.has(id)) continue;
    reported.add(id);
    // Every missing ancestor is named at once, not only the nearest, so one fix is enough.
    const missing: string[] = [];
    for (let ancestor = parentId(id); ancestor !== undefined; ancestor = parentId(ancestor)) {
      if (!firstPath.has(ancestor)) missing.push(ancestor);
    }
    if (missing.length > 0)
      problems.push(problem('MISSING_PARENT', `${path}.id`, messages.missingParent(id, missing)));
  }

  const parents = new Map([...firstPath.keys()].map((id) => [id, parentId(id)] as const));
  for (const id of findCycles(parents)) {
    problems.push(problem('CYCLE', firstPath.get(id) ?? '', messages.cycle(id)));
  }
}

export type ValidationResult =
  | { readonly ok: true; readonly data: TaxonomyData }
  | { readonly ok: false; readonly problems: readonly TaxonomyProblem[] };

export function validateTaxonomyData(input: unknown): ValidationResult {
  const problems: TaxonomyProblem[] = [];
  if (!isObject(input)) {
    problems.push(
      problem('TAXONOMY_SHAPE', '', messages.notAnObject({ fr: 'La taxonomie', en: 'The taxonomy' })),
    );
    return { ok: false, problems: Object.freeze(problems) };
  }

  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_FIELDS.has(key)) problems.push(problem('TAXONOMY_SHAPE', key, messages.unknownField(key)));
  }
  const { version } = input;
  if (!isNonBlank(version)) problems.push(problem('TAXONOMY_SHAPE', 'version', messages.badVersion()));

  const nodes: Partial<Record<TaxonomyKind, TaxonomyNode[]>> = {};
  for (const kind of TAXONOMY_KINDS) {
    const field = KIND_FIELDS[kind];
    const list = input[field];
    if (!Array.isArray(list)) {
      problems.push(problem('TAXONOMY_SHAPE', field, messages.notAnArray(field)));
      continue;
    }
    const candidates: Candidate[] = [];
    list.forEach((value: unknown, index) => {
      const candidate = checkNode(kind, value, `${field}.${index}`, problems);
      if (candidate !== undefined) candidates.push(candidate);
    });
    checkRelations(candidates, problems);
    nodes[kind] = candidates.flatMap((candidate) => (candidate.node === undefined ? [] : [candidate.node]));
  }

  const { category, purpose, operation } = nodes;
  if (problems.length > 0 || !isNonBlank(version) || !category || !purpose || !operation) {
    return { ok: false, problems: Object.freeze(problems) };
  }
  return { ok: true, data: { version, categories: category, purposes: purpose, operations: operation } };
}
