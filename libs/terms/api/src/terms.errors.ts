// The codes the terms scope answers with. Reading the terms can only fail on bad input today, so the
// scope adds no code of its own yet; amendments (proposals of kind TERMS) will add theirs here.
import { CodedError, type CommonErrorCode, defineErrors } from '@lovecando/shared-util';

export const termsErrors = defineErrors({});

// Add `| keyof typeof termsErrors` once the catalogue has codes.
export type TermsErrorCode = CommonErrorCode;

/** A refusal of the terms scope. */
export class TermsError extends CodedError<TermsErrorCode> {}
