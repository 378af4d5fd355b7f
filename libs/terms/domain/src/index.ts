// The terms-of-use engine: versioned articles, amendments as change sets, redlines, conflicts and rebase,
// readability, and the foundation's first terms. Pure TypeScript: it runs in the API and in browsers. Every
// public name is listed here; test support (fixtures, generated documents) is `./testing`.
export {
  type Article,
  type ArticleDraft,
  type ArticleField,
  type ChangeSet,
  type Operation,
  type TermsVersion,
} from './document/types.js';
export { TERMS_PROBLEM_CODES, type TermsProblem, type TermsProblemCode } from './document/problems.js';
export { createVersion, sameContent, type CreateVersionResult } from './document/version.js';
export { ARTICLE_ID } from './document/validate.js';
export { isSafeUrl } from './document/link-destination.js';
export { APPLY_ERROR_CODES, type ApplyError, type ApplyErrorCode } from './amendment/apply-errors.js';
export { applyChangeSet, type ApplyResult } from './amendment/apply.js';
export { diffVersions } from './amendment/diff.js';
export {
  findConflicts,
  touchedArticles,
  type Conflict,
  type IndexedOperation,
  type TouchedArticles,
} from './amendment/conflicts.js';
export { rebase, rebaseAll, type RebaseResult } from './amendment/rebase.js';
export {
  type ArticleStatus,
  type FieldRedline,
  type Redline,
  type RedlineEntry,
  type Run,
  type RunKind,
} from './redline/types.js';
export { redline, redlineChangeSet, type RedlineChangeSetResult } from './redline/redline.js';
export { renderRedlineText } from './redline/render-text.js';
export {
  BAND_LABELS,
  READABILITY_BANDS,
  bandOf,
  formatScore,
  readingEase,
  type ReadabilityBand,
  type TextCounts,
} from './readability/reading-ease.js';
export {
  NO_COUNTS,
  addCounts,
  countText,
  readability,
  readabilityOfCounts,
  type Readability,
} from './readability/readability.js';
export {
  articleReadability,
  documentReadability,
  type ArticleReadability,
  type DocumentReadability,
  type PerLang,
} from './readability/document-readability.js';
export { countSyllablesEn } from './readability/syllables-en.js';
export { countSyllablesFr } from './readability/syllables-fr.js';
export {
  DEFAULT_MIN_SCORE,
  TERMS_LINT_CODES,
  type LintSeverity,
  type MinimumScore,
  type TermsLintCode,
  type TermsLintOptions,
  type TermsLintProblem,
} from './lint/lint-problem.js';
export { lintTerms } from './lint/lint-terms.js';
export { changedArticles } from './lint/changed-articles.js';
export { FIRST_TERMS } from './first-terms/first-terms.js';
