// The compiler: clauses + taxonomy + recipients → an immutable snapshot (revision, legal version,
// canonical JSON, content hash) and its compiled decision tables. Same input, byte-identical output.
import { canonicalJson, CodedError, parseInstant, sha256Hex } from '@lovecando/shared-util';
import { MEMBER_CONTROLS, type Clause, type Recipient } from '../clauses/clause.js';
import { type TaxonomyLookup, type TermKind } from '../clauses/taxonomy-lookup.js';
import { setBit, wordsFor } from './bitset.js';
import { type CompiledClause, type CompiledPolicy, type Dimension } from './compiled-policy.js';
import { termIntervals } from './term-intervals.js';

export interface CompilableTaxonomy extends TaxonomyLookup {
  readonly version: string;
  ids(kind: TermKind): readonly string[];
}

/** What is published: plain data, hashed and signed as canonical JSON. */
export interface SnapshotContent {
  readonly revision: number;
  readonly legalVersion: number;
  readonly taxonomyVersion: string;
  readonly recipients: readonly Recipient[];
  readonly clauses: readonly Clause[];
}

export interface Snapshot {
  readonly content: SnapshotContent;
  readonly canonical: string;
  readonly hash: string;
}

export interface CompileInput {
  readonly taxonomy: CompilableTaxonomy;
  readonly recipients: readonly Recipient[];
  readonly clauses: readonly Clause[];
  readonly previous?: SnapshotContent;
}

export interface Compiled {
  readonly snapshot: Snapshot;
  readonly policy: CompiledPolicy;
  readonly taxonomy: CompilableTaxonomy;
}

const isOptIn = (clause: Clause) =>
  clause.memberControl === 'opt-in' || clause.memberControl === 'explicit-opt-in';

/** Bumped when a clause that needs opt-in changed materially: members must consent again. */
function nextLegalVersion(clauses: readonly Clause[], previous: SnapshotContent | undefined): number {
  if (!previous) return 1;
  const before = new Map(previous.clauses.map((clause) => [clause.id, clause]));
  const touched = clauses.some((clause) => {
    const old = before.get(clause.id);
    return !!old && clause.materialVersion > old.materialVersion && (isOptIn(clause) || isOptIn(old));
  });
  return previous.legalVersion + (touched ? 1 : 0);
}

/**
 * Unreadable validity bounds are refused rather than guessed: read as NaN, every comparison with them is
 * false, and a permit with a broken end date would apply for ever. `lint` reports the same problem as
 * BAD_DATE without throwing; paths follow the order the clauses were given in.
 */
function checkDates(clauses: readonly Clause[]): void {
  clauses.forEach((clause, index) => {
    for (const field of ['validFrom', 'validUntil'] as const) {
      const value = clause[field];
      if (value === undefined || parseInstant(value) !== undefined) continue;
      const path = `clauses.${index}.${field}`;
      throw new CodedError('BAD_DATE', `${path} is not a valid instant (RFC 3339 expected): ${value}`, path);
    }
  });
}

const instant = (value: string | undefined, open: number) =>
  value === undefined ? open : (parseInstant(value) ?? Number.NaN);

function compileClause(clause: Clause, index: number): CompiledClause {
  return Object.freeze({
    index,
    id: clause.id,
    effect: clause.effect,
    floor: clause.floor,
    control: clause.memberControl,
    controlRank: MEMBER_CONTROLS.indexOf(clause.memberControl),
    validFrom: instant(clause.validFrom, -Infinity),
    validUntil: instant(clause.validUntil, Infinity),
    duties: Object.freeze({ ...clause.duties }),
    materialVersion: clause.materialVersion,
    provenance: Object.freeze({ ...(clause.provenance ?? {}) }),
  });
}

/** Throws a CodedError `BAD_DATE`, with the path of the value, when a validity bound is not an instant. */
export function compile({ taxonomy, recipients, clauses, previous }: CompileInput): Compiled {
  checkDates(clauses);
  // Canonical order: by id, so the output never depends on the order clauses were given in.
  const ordered = [...clauses].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const content: SnapshotContent = {
    revision: (previous?.revision ?? 0) + 1,
    legalVersion: nextLegalVersion(ordered, previous),
    taxonomyVersion: taxonomy.version,
    recipients: [...recipients].sort((a, b) => (a.id < b.id ? -1 : 1)),
    clauses: ordered,
  };
  const canonical = canonicalJson(content);
  const snapshot: Snapshot = Object.freeze({ content, canonical, hash: sha256Hex(canonical) });
  return { snapshot, policy: compilePolicy(content, taxonomy), taxonomy };
}

/** Row (c * purposes + p) holds category row c AND purpose row p. */
function pairTable(
  categories: Uint32Array,
  categoryRows: number,
  purposes: Uint32Array,
  purposeRows: number,
  words: number,
): Uint32Array {
  const table = new Uint32Array(Math.max(1, categoryRows * purposeRows) * words);
  for (let c = 0; c < categoryRows; c += 1) {
    for (let p = 0; p < purposeRows; p += 1) {
      const row = (c * purposeRows + p) * words;
      for (let word = 0; word < words; word += 1)
        table[row + word] = categories[c * words + word]! & purposes[p * words + word]!;
    }
  }
  return table;
}

/** CSR list of the non-zero words of each row of a bitset table. */
function nonZeroWords(
  table: Uint32Array,
  rows: number,
  words: number,
): { start: Int32Array; words: Int32Array } {
  const start = new Int32Array(rows + 1);
  const found: number[] = [];
  for (let row = 0; row < rows; row += 1) {
    start[row] = found.length;
    for (let word = 0; word < words; word += 1) if (table[row * words + word] !== 0) found.push(word);
  }
  start[rows] = found.length;
  return { start, words: Int32Array.from(found) };
}

function compilePolicy(content: SnapshotContent, taxonomy: CompilableTaxonomy): CompiledPolicy {
  const words = wordsFor(content.clauses.length);
  const categories = termIntervals(taxonomy.ids('category'));
  const purposes = termIntervals(taxonomy.ids('purpose'));
  const terms: Record<Dimension, readonly string[]> = {
    category: categories.order,
    purpose: purposes.order,
    operation: taxonomy.ids('operation'),
    recipient: content.recipients.map((recipient) => recipient.id),
  };
  const index = {} as Record<Dimension, Map<string, number>>;
  const masks = {} as Record<Dimension, Uint32Array>;
  for (const dimension of Object.keys(terms) as Dimension[]) {
    index[dimension] = new Map(terms[dimension].map((id, position) => [id, position]));
    masks[dimension] = new Uint32Array(Math.max(1, terms[dimension].length) * words);
  }
  content.clauses.forEach((clause, bit) => {
    // A selected category or purpose covers its whole subtree: one contiguous run in tree order.
    for (const [dimension, selected, intervals] of [
      ['category', clause.dataCategories, categories],
      ['purpose', clause.purposes, purposes],
    ] as const) {
      for (const id of selected) {
        const position = index[dimension].get(id);
        if (position === undefined) continue;
        for (let row = position; row < intervals.exit[position]!; row += 1)
          setBit(masks[dimension], row, words, bit);
      }
    }
    for (const [dimension, selector] of [
      ['operation', clause.operations],
      ['recipient', clause.recipients],
    ] as const) {
      const rows =
        selector === 'all'
          ? terms[dimension].map((_, row) => row)
          : selector.map((id) => index[dimension].get(id) ?? -1);
      for (const row of rows) if (row >= 0) setBit(masks[dimension], row, words, bit);
    }
  });
  const pairMasks = pairTable(
    masks.category,
    terms.category.length,
    masks.purpose,
    terms.purpose.length,
    words,
  );
  const pairRows = terms.category.length * terms.purpose.length;
  const { start: pairWordStart, words: pairWords } = nonZeroWords(pairMasks, pairRows, words);
  return Object.freeze({
    revision: content.revision,
    legalVersion: content.legalVersion,
    clauses: Object.freeze(content.clauses.map(compileClause)),
    words,
    index,
    masks,
    pairMasks,
    pairWordStart,
    pairWords,
    intervals: {
      category: { enter: categories.enter, exit: categories.exit },
      purpose: { enter: purposes.enter, exit: purposes.exit },
    },
  });
}
