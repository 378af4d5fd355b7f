// Limits the API enforces, checked in the browser too so the common mistakes are caught before a request.
// The API stays the judge: it also rejects weak passwords, which only it can estimate.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_DISPLAY_NAME_LENGTH = 80;
export const MIN_SUSPENSION_REASON_LENGTH = 3;
export const MAX_SUSPENSION_REASON_LENGTH = 500;
