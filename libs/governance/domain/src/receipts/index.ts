// Receipts and the published tally file: what lets every member check their ballot was counted as cast,
// and anyone recount a closed vote.
export { ballotReceipt, voterPseudonym, type ReceiptInput } from './receipt.js';
export { writeTallyFile, type TallyFile, type TallyFileInput } from './tally-file.js';
export * from './tally-file.types.js';
