// Helpers of the identity browser tests: the seeded demo accounts (see the README), unique new accounts,
// signing in through the page, and creating a confirmed member through the API when a test only needs
// one to exist.
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { inHeader } from './app';

export interface Account {
  email: string;
  password: string;
}

/** Seeded before the server starts (tools/e2e-server.mjs), all ACTIVE. Tests must not change them. */
export const demo = {
  admin: { email: 'admin@demo.lovecando.org', password: 'LoveCanDo demo admin 2026' },
  member: (number: number): Account => ({
    email: `member${String(number).padStart(3, '0')}@demo.lovecando.org`,
    password: 'LoveCanDo demo member 2026',
  }),
} as const;

/** A suffix no other run or worker uses: the server keeps one database for the whole run. */
export const uniqueSuffix = (): string =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** A new account's details; the password is a few unrelated words, as the sign-up page advises. */
export function newAccount(label: string): Account & { displayName: string } {
  const suffix = uniqueSuffix();
  return {
    email: `${label}-${suffix}@example.org`,
    displayName: `${label} ${suffix}`,
    password: 'quiet violet harbour lantern sings',
  };
}

/**
 * Signs in through the sign-in page (in French) and waits until the header (or, on a phone, its menu)
 * shows the member. Each call
 * counts against the API's limit of 50 sign-ins per address per 15 minutes: reuse the browser state.
 */
export async function signIn(page: Page, { email, password }: Account): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Adresse email').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
  // The page leaves once the API has confirmed the session; on a phone the header shows it in its menu.
  await expect(page).not.toHaveURL(/\/sign-in/);
  await inHeader(page, (header) =>
    expect(header.getByRole('button', { name: 'Se déconnecter' })).toBeVisible(),
  );
}

/** Runs a GraphQL operation on the API and returns its data; fails on any GraphQL error. */
async function graphql<Data>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (body.errors || body.data === undefined)
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The one-time token of an emailed link (it travels in the fragment: `/verify-email#token=…`). */
export const tokenOf = (link: URL): string => new URLSearchParams(link.hash.slice(1)).get('token') ?? '';

/**
 * The link of the latest email to `to` whose path is `path`, read from the development outbox. Some
 * emails are written by a job just after the request is answered, so this waits a little for them.
 */
export async function emailedLink(request: APIRequestContext, to: string, path: string): Promise<URL> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { devOutbox } = await graphql<{ devOutbox: { to: string; text: string }[] }>(
      request,
      'query Outbox { devOutbox(first: 100) { to text } }',
    );
    const text = devOutbox.find((message) => message.to === to)?.text ?? '';
    const href = text.match(new RegExp(`https?://\\S+${path}#token=\\S+`))?.[0];
    if (href) return new URL(href);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${path} link emailed to ${to}`);
}

/** Signs up and confirms a new member through the API, as a visitor following the emailed link would. */
export async function createMember(request: APIRequestContext, label: string) {
  const account = newAccount(label);
  await graphql(request, 'mutation SignUp($input: SignUpInput!) { signUp(input: $input) }', {
    input: { ...account, locale: 'fr' },
  });
  const link = await emailedLink(request, account.email, '/verify-email');
  await graphql(request, 'mutation Verify($token: String!) { verifyEmail(token: $token) }', {
    token: tokenOf(link),
  });
  return account;
}

/** Fails when the page is wider than the screen (horizontal scrolling on a phone). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
