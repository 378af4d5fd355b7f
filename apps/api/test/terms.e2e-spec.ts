// The terms of use over real HTTP and PostgreSQL: a new platform publishes the first terms once, anyone
// reads them with their readability, versions cannot be changed, and a tampered row is refused.
import pg from 'pg';
import { createTestDatabase, GraphqlSession } from '@lovecando/shared-testing';
import { createVersion, FIRST_TERMS } from '@lovecando/terms-domain';
import { publishFirstTerms } from '@lovecando/terms-api';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { applyMigrations } from '../src/database/migration-status.js';
import { startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
let db: pg.Client;
let visitor: GraphqlSession;

const TERMS = `query ($ordinal: Int) {
  termsOfUse(ordinal: $ordinal) {
    ordinal hash publishedAt
    readability { fr { score band words } en { score band words } }
    articles {
      id number title { fr en } body { fr en } summary { fr en }
      bodyReadability { fr { score band } en { score band } }
      summaryReadability { en { score } }
    }
  }
}`;

interface Readability {
  score: number | null;
  band: string | null;
  words?: number;
}
interface TermsAnswer {
  termsOfUse: {
    ordinal: number;
    hash: string;
    publishedAt: string;
    readability: { fr: Readability; en: Readability };
    articles: {
      id: string;
      number: number;
      title: { fr: string; en: string };
      body: { fr: string; en: string };
      summary: { fr: string; en: string };
      bodyReadability: { fr: Readability; en: Readability };
      summaryReadability: { en: Readability };
    }[];
  } | null;
}

const expectedHash = (): string => {
  const built = createVersion(FIRST_TERMS);
  if (!built.ok) throw new Error('first terms invalid');
  return built.version.hash;
};

beforeAll(async () => {
  api = await startTestApi();
  db = new pg.Client({ connectionString: api.database.url });
  await db.connect();
  visitor = new GraphqlSession(api.baseUrl);
});
afterAll(async () => {
  await db.end();
  await api.close();
});

describe('terms of use', () => {
  it('are published at start-up and readable by a visitor, with their readability', async () => {
    const { termsOfUse } = await visitor.data<TermsAnswer>(TERMS);
    expect(termsOfUse).not.toBeNull();
    expect(termsOfUse!.ordinal).toBe(1);
    expect(termsOfUse!.hash).toBe(expectedHash());
    expect(termsOfUse!.articles.map((a) => a.id)).toEqual(FIRST_TERMS.map((a) => a.id));
    expect(termsOfUse!.articles.map((a) => a.number)).toEqual(FIRST_TERMS.map((_, i) => i + 1));
    expect(termsOfUse!.articles[0]!.title).toEqual(FIRST_TERMS[0]!.title);
    expect(termsOfUse!.articles[0]!.body).toEqual(FIRST_TERMS[0]!.body);
    for (const lang of ['fr', 'en'] as const) {
      expect(termsOfUse!.readability[lang].score).toBeGreaterThanOrEqual(50);
      expect(termsOfUse!.readability[lang].words).toBeGreaterThan(1000);
      for (const article of termsOfUse!.articles) {
        expect(article.bodyReadability[lang].score).toBeGreaterThanOrEqual(50);
        expect(article.bodyReadability[lang].band).toMatch(
          /^(VERY_EASY|EASY|FAIRLY_EASY|STANDARD|FAIRLY_DIFFICULT)$/,
        );
      }
    }
    const [row] = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM terms_version`)).rows;
    expect(row?.n).toBe('1');
  });

  it('answers a given version, null for one that does not exist, and a coded error for a bad ordinal', async () => {
    expect((await visitor.data<TermsAnswer>(TERMS, { ordinal: 1 })).termsOfUse?.ordinal).toBe(1);
    expect((await visitor.data<TermsAnswer>(TERMS, { ordinal: 2 })).termsOfUse).toBeNull();
    const { body } = await visitor.request(TERMS, { ordinal: 0 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ordinal' });
  });

  it('are published once, even by several instances starting together on a new database', async () => {
    const fresh = await createTestDatabase('terms-race');
    const sources = await Promise.all(
      [1, 2, 3].map(() => new DataSource(dataSourceOptions({ url: fresh.url, poolSize: 2 })).initialize()),
    );
    try {
      await applyMigrations(sources[0]!);
      const results = await Promise.all(sources.map((source) => publishFirstTerms(source.manager)));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.hash))).toEqual(new Set([expectedHash()]));
      const [row] = await sources[0]!.query<{ n: string }[]>(`SELECT count(*) AS n FROM terms_version`);
      expect(row?.n).toBe('1');
    } finally {
      await Promise.all(sources.map((source) => source.destroy()));
      await fresh.drop();
    }
  });

  it('cannot be changed or removed: PostgreSQL refuses it', async () => {
    await expect(db.query(`UPDATE terms_version SET published_at = now()`)).rejects.toThrow(
      'terms_version rows are immutable',
    );
    await expect(db.query(`DELETE FROM terms_version`)).rejects.toThrow('terms_version rows are immutable');
    await expect(
      db.query(`INSERT INTO terms_version (ordinal, hash, articles) VALUES (2, 'not-a-hash', '[{}]')`),
    ).rejects.toThrow(/check constraint/);
  });

  it('refuses to show a version whose stored text no longer matches its hash', async () => {
    // Only someone writing to the database behind the platform could store this.
    const articles = JSON.stringify([{ ...FIRST_TERMS[0], title: { fr: 'Falsifié', en: 'Forged' } }]);
    await db.query(`INSERT INTO terms_version (ordinal, hash, articles) VALUES (2, $1, $2)`, [
      'a'.repeat(64),
      articles,
    ]);
    const { body } = await visitor.request(TERMS, { ordinal: 2 });
    expect(body.data?.termsOfUse ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toContain('Forged');
  });
});
