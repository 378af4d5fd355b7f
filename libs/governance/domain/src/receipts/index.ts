// Receipts and the published tally file: what lets every member check their ballot was counted as cast,
// and anyone recount a closed vote.
export { ballotReceipt, voterPseudonym, type ReceiptInput } from './receipt.js';
export { writeTallyFile, type TallyFile, type TallyFileInput } from './tally-file.js';
export {
  TALLY_FORMAT,
  type ApprovalTotals,
  type BallotContent,
  type DirectDelegated,
  type SchulzeTotals,
  type TallyFileBallot,
  type TallyFileHeader,
  type TallyFileTrailer,
  type TallyMethod,
  type TallyTotals,
  type YesNoTotals,
} from './tally-file.types.js';
