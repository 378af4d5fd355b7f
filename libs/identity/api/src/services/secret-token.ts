// Random secrets for cookies and emailed links: 32 bytes from the system CSPRNG, stored only as SHA-256.
import { createHash, randomBytes } from 'node:crypto';

export const newSecret = (): string => randomBytes(32).toString('base64url');
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
/** Shape of a secret made by newSecret: anything else is refused before touching the database. */
export const looksLikeSecret = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
