// The terms-of-use engine: versioned articles, amendments as change sets, redlines, conflicts and rebase. Pure TypeScript: it runs in the API and in browsers.
export * from './document/types.js';
export { TERMS_PROBLEM_CODES, type TermsProblem, type TermsProblemCode } from './document/problems.js';
export { createVersion, sameContent, type CreateVersionResult } from './document/version.js';
export { ARTICLE_ID } from './document/validate.js';
export { isSafeUrl } from './document/markdown-safety.js';
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
export * from './redline/types.js';
export { redline, redlineChangeSet, type RedlineChangeSetResult } from './redline/redline.js';
export { renderRedlineText } from './redline/render-text.js';
// For tests and benchmarks only (tools/bench/terms.mjs): deterministic generated documents and change sets.
export {
  generateChangeSet,
  generateDocument,
  type ChangeSetShape,
  type DocumentShape,
} from './testing/generate-document.js';
