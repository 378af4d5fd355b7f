// `npm run admin:create -- --email ada@example.org [--name "Ada Lovelace"] [--locale en]`: creates the first
// (or another) admin with a verified email and prints a one-time password to change after signing in.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { CodedError, isLanguage } from '@lovecando/shared-util';
import { runWithIdentity } from './identity-context.js';

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, locale: { type: 'string', default: 'fr' } },
});

await runWithIdentity('admin:create', async ({ createMembers }) => {
  const email = values.email?.trim() ?? '';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw new CodedError('BAD_USER_INPUT', 'give a valid address with --email');
  }
  const locale = values.locale ?? 'fr';
  if (!isLanguage(locale)) throw new CodedError('BAD_USER_INPUT', '--locale must be fr or en');
  const displayName = (values.name ?? email.split('@')[0] ?? 'Admin').slice(0, 80);
  // 18 random bytes: 24 characters, far beyond any guessing; the admin replaces it on first sign-in.
  const password = randomBytes(18).toString('base64url');
  await createMembers.execute({ members: [{ email, displayName, password, locale, role: 'ADMIN' }] });
  process.stdout.write(
    `Admin created: ${email}\nOne-time password: ${password}\nSign in and change it now (Profile → Password).\n`,
  );
});
