// Admins page through every member, however many were created within one millisecond (a seed, an
// import): the cursor keeps PostgreSQL's microseconds, so no member is skipped or shown twice.
import { signedUpMember, sql } from './members.js';
import { startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const PAGE = `query ($after: String) {
  members(first: 25, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } }
}`;

interface Page {
  members: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: { node: { id: string } }[];
  };
}

it('pages through 209 members created within the same millisecond, each exactly once', async () => {
  const admin = await signedUpMember(api, 'pager', 'ADMIN');
  // 100 share one exact instant, 109 differ only in their microseconds: all within one millisecond.
  await sql(
    api.database.url,
    `INSERT INTO member (email, email_normalized, display_name, locale, role, status, password_hash, email_verified_at, created_at)
     SELECT 'seed' || n || '@example.org', 'seed' || n || '@example.org', 'Seed ' || n, 'fr', 'MEMBER', 'ACTIVE',
            '$argon2id$v=19$m=19456,t=2,p=1$seed', now(),
            timestamptz '2026-11-30 12:00:00.123000+00' + CASE WHEN n <= 100 THEN interval '0' ELSE n * interval '1 microsecond' END
       FROM generate_series(1, 209) AS n`,
  );
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let total = 0;
  do {
    const { members }: Page = await admin.session.data<Page>(PAGE, { after });
    total = members.totalCount;
    seen.push(...members.edges.map((edge) => edge.node.id));
    after = members.pageInfo.hasNextPage ? members.pageInfo.endCursor : null;
    pages += 1;
  } while (after && pages < 20);
  expect(total).toBe(210);
  expect(seen).toHaveLength(210);
  expect(new Set(seen).size).toBe(210);
  expect(pages).toBe(9);
});

it('refuses a cursor that is not one it gave, with the field', async () => {
  const admin = await signedUpMember(api, 'cursor', 'ADMIN');
  const forged = Buffer.from(JSON.stringify(['2026-11-30T12:00:00.123Z', 'not-an-id'])).toString('base64url');
  const { body } = await admin.session.request(PAGE, { after: forged });
  expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
});
