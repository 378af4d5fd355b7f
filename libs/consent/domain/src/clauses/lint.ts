// Lint: every problem that blocks publishing a policy proposal, found at once, each with a stable code, the
// path of the offending value (`clauses.3.memberControl`) and a message in French and English. The legal
// rules are those of docs/domain/consent.md#the-clause-lint; the others catch mistakes a vote should never
// have to discover.
import { parseInstant, type Problem } from '@lovecando/shared-util';
import { type Clause, type Recipient, type Selector } from './clause.js';
import { LINT_MESSAGES, type LintCode } from './lint-messages.js';
import { type TaxonomyLookup, type TermKind } from './taxonomy-lookup.js';

export type LintProblem = Problem<LintCode>;

const NON_CONSENT_BASES_WITHOUT_CONTROL = new Set(['contract', 'legal-obligation', 'vital-interest']);

const isPositiveInteger = (value: unknown): boolean => Number.isInteger(value) && (value as number) > 0;
/** The bound as epoch ms, `open` when absent, NaN when unreadable (then no comparison holds). */
const bound = (value: string | undefined, open: number): number =>
  value === undefined ? open : (parseInstant(value) ?? Number.NaN);

class ProblemList {
  readonly problems: LintProblem[] = [];
  add(code: LintCode, path: string): void {
    this.problems.push({ code, path, message: LINT_MESSAGES[code] });
  }
}

/** Whether every value `inner` selects is selected by `outer` too (hierarchies for categories and purposes). */
function selectorCovered(
  taxonomy: TaxonomyLookup,
  kind: TermKind | 'recipient',
  inner: Selector,
  outer: Selector,
): boolean {
  if (outer === 'all') return true;
  if (inner === 'all') return false;
  return inner.every((value) =>
    outer.some((candidate) =>
      kind === 'recipient' || kind === 'operation'
        ? candidate === value
        : taxonomy.covers(kind, candidate, value),
    ),
  );
}

function windowCovered(inner: Clause, outer: Clause): boolean {
  const from = (clause: Clause) => bound(clause.validFrom, -Infinity);
  const until = (clause: Clause) => bound(clause.validUntil, Infinity);
  return from(outer) <= from(inner) && until(inner) <= until(outer);
}

/** `inner` adds nothing: another clause with the same effect selects every cell it does, as long. */
function coveredBy(taxonomy: TaxonomyLookup, inner: Clause, outer: Clause): boolean {
  return (
    inner.effect === outer.effect &&
    selectorCovered(taxonomy, 'category', inner.dataCategories, outer.dataCategories) &&
    selectorCovered(taxonomy, 'purpose', inner.purposes, outer.purposes) &&
    selectorCovered(taxonomy, 'operation', inner.operations, outer.operations) &&
    selectorCovered(taxonomy, 'recipient', inner.recipients, outer.recipients) &&
    windowCovered(inner, outer) &&
    (inner.effect === 'prohibit' ||
      (inner.memberControl === outer.memberControl && inner.legalBasis === outer.legalBasis))
  );
}

function lintSelectors(
  list: ProblemList,
  clause: Clause,
  at: string,
  taxonomy: TaxonomyLookup,
  recipients: ReadonlySet<string>,
): void {
  const check = (
    field: keyof Clause,
    values: Selector,
    known: (value: string) => boolean,
    unknown: LintCode,
  ) => {
    if (values === 'all') return;
    if (values.length === 0) list.add('EMPTY_SELECTOR', `${at}.${field}`);
    values.forEach((value, index) => {
      if (!known(value)) list.add(unknown, `${at}.${field}.${index}`);
    });
  };
  check('dataCategories', clause.dataCategories, (id) => taxonomy.has('category', id), 'UNKNOWN_CATEGORY');
  check('purposes', clause.purposes, (id) => taxonomy.has('purpose', id), 'UNKNOWN_PURPOSE');
  check('operations', clause.operations, (id) => taxonomy.has('operation', id), 'UNKNOWN_OPERATION');
  check('recipients', clause.recipients, (id) => recipients.has(id), 'UNKNOWN_RECIPIENT');
}

function touchesSpecialCategory(clause: Clause, taxonomy: TaxonomyLookup): boolean {
  return clause.dataCategories.some(
    (id) =>
      taxonomy.has('category', id) &&
      taxonomy.descendantsOrSelf('category', id).some((each) => taxonomy.isSpecial(each)),
  );
}

function lintPermit(list: ProblemList, clause: Clause, at: string, taxonomy: TaxonomyLookup): void {
  const control = clause.memberControl;
  if (clause.legalBasis === 'consent' && control !== 'opt-in' && control !== 'explicit-opt-in') {
    list.add('CONSENT_NEEDS_OPT_IN', `${at}.memberControl`);
  }
  if (clause.legalBasis === 'legitimate-interest' && control === 'none')
    list.add('LEGITIMATE_INTEREST_NEEDS_OPT_OUT', `${at}.memberControl`);
  if (control === 'none' && !NON_CONSENT_BASES_WITHOUT_CONTROL.has(clause.legalBasis)) {
    list.add('NO_CONTROL_NEEDS_NON_CONSENT_BASIS', `${at}.legalBasis`);
  }
  if (control !== 'explicit-opt-in' && touchesSpecialCategory(clause, taxonomy)) {
    list.add('SPECIAL_CATEGORY_NEEDS_EXPLICIT_OPT_IN', `${at}.memberControl`);
  }
  if (clause.duties.retentionDays === undefined)
    list.add('PERMIT_NEEDS_RETENTION', `${at}.duties.retentionDays`);
}

function lintFields(list: ProblemList, clause: Clause, at: string): void {
  if (clause.floor && clause.effect !== 'prohibit') list.add('FLOOR_MUST_PROHIBIT', `${at}.floor`);
  const { retentionDays, minAggregationK } = clause.duties;
  if (retentionDays !== undefined && !isPositiveInteger(retentionDays))
    list.add('BAD_DUTY', `${at}.duties.retentionDays`);
  if (minAggregationK !== undefined && !(Number.isInteger(minAggregationK) && minAggregationK >= 2)) {
    list.add('BAD_DUTY', `${at}.duties.minAggregationK`);
  }
  if (!isPositiveInteger(clause.materialVersion)) list.add('BAD_MATERIAL_VERSION', `${at}.materialVersion`);
  if (!clause.notice.fr.trim() || !clause.notice.en.trim()) list.add('NOTICE_MISSING', `${at}.notice`);
  const from = bound(clause.validFrom, -Infinity);
  const until = bound(clause.validUntil, Infinity);
  if (Number.isNaN(from)) list.add('BAD_DATE', `${at}.validFrom`);
  if (Number.isNaN(until)) list.add('BAD_DATE', `${at}.validUntil`);
  if (until <= from) list.add('VALIDITY_ENDS_BEFORE_START', `${at}.validUntil`);
}

export function lint(
  clauses: readonly Clause[],
  taxonomy: TaxonomyLookup,
  recipients: readonly Recipient[],
): LintProblem[] {
  const list = new ProblemList();
  const recipientIds = new Set(recipients.map((recipient) => recipient.id));
  const seen = new Map<string, number>();
  clauses.forEach((clause, index) => {
    const at = `clauses.${index}`;
    if (seen.has(clause.id)) list.add('DUPLICATE_CLAUSE_ID', `${at}.id`);
    else seen.set(clause.id, index);
    lintFields(list, clause, at);
    lintSelectors(list, clause, at, taxonomy, recipientIds);
    if (clause.effect === 'permit') lintPermit(list, clause, at, taxonomy);
  });
  // Pairwise, after the per-clause checks: a clause with unknown terms is reported once, not as a duplicate.
  clauses.forEach((clause, index) => {
    const redundant = clauses.some(
      (other, otherIndex) =>
        otherIndex !== index &&
        coveredBy(taxonomy, clause, other) &&
        (!coveredBy(taxonomy, other, clause) || otherIndex < index),
    );
    if (redundant) list.add('OVERLAPPING_DUPLICATE', `clauses.${index}`);
  });
  return list.problems;
}
