// Checks of the fields of the plain commands the use cases take. The GraphQL inputs apply the same rules
// at the edge (inputs/account.inputs.ts); a command from anywhere else (a command-line tool, a test, a
// later scope) meets them here, refused with the same codes and field paths.
import { isEmail } from 'class-validator';
import { normaliseEmail } from '../services/email-address.js';
import { IdentityError } from '../identity.errors.js';

const badInput = (field: string, rule: string) =>
  new IdentityError('BAD_USER_INPUT', `${field} ${rule}`, field);

// Control characters have no place in a name and are a classic log- and header-injection vector.
const PRINTABLE = /^[^\p{Cc}\p{Cf}]*$/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An address to register or sign in with, trimmed. */
export function emailAddress(value: string, field: string): string {
  const email = value.trim();
  if (!isEmail(email)) throw badInput(field, 'must be a valid email address');
  if (email.length > 254) throw badInput(field, 'must be at most 254 characters');
  return email;
}

/**
 * An address someone asks an email for, normalised. Only its shape is checked, loosely: whether it is
 * registered is never told.
 */
export function requestedAddress(value: string, field: string): string {
  if (value.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(value.trim()))
    throw badInput(field, 'must be a valid email address');
  return normaliseEmail(value);
}

/** A display name, trimmed: 1 to 80 printable characters. */
export function displayName(value: string, field: string): string {
  const name = value.trim();
  if (name.length < 1 || name.length > 80) throw badInput(field, 'must be 1 to 80 characters');
  if (!PRINTABLE.test(name)) throw badInput(field, 'must not contain control characters');
  return name;
}

/** A password as typed: its strength is judged later, its length bounds the hashing work. */
export function typedPassword(value: string, field: string, { required = false } = {}): string {
  if (required && value.length === 0) throw badInput(field, 'must not be empty');
  if (value.length > 1024) throw badInput(field, 'is too long');
  return value;
}

export function memberId(value: string, field: string): string {
  if (!UUID.test(value)) throw badInput(field, 'must be a member id');
  return value;
}

/** Why a member is suspended, trimmed: shown to them, 3 to 500 characters. */
export function suspensionReason(value: string, field: string): string {
  const reason = value.trim();
  if (reason.length < 3 || reason.length > 500) throw badInput(field, 'must be 3 to 500 characters');
  return reason;
}

/** The token of an emailed link, bounded before it is hashed. */
export function linkToken(value: string, field: string): string {
  if (value.length < 20 || value.length > 200) throw badInput(field, 'is not a valid token');
  return value;
}
