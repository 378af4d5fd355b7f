// How an email address is compared: one account per address, whatever its case or surrounding spaces
// (the database checks email_normalized against the same rule).
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
