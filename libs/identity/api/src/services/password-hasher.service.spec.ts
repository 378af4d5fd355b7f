import { ARGON2_PARAMETERS, PasswordHasher } from './password-hasher.service.js';

describe('PasswordHasher', () => {
  it('hashes with argon2id at OWASP’s minimum or above', async () => {
    expect(ARGON2_PARAMETERS).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const hash = await new PasswordHasher().hash('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies the right password only', async () => {
    const hasher = new PasswordHasher();
    const hash = await hasher.hash('correct horse battery staple');
    expect(await hasher.verify(hash, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(hash, 'Correct horse battery staple')).toBe(false);
  });

  it('does the same work for an unknown account and never matches it', async () => {
    expect(await new PasswordHasher().verify(undefined, 'decoy password that never matches anything')).toBe(
      false,
    );
  });

  it('refuses work beyond 4 running and 64 waiting hashes instead of exhausting memory', async () => {
    const hasher = new PasswordHasher();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 72 }, () => hasher.hash('burst of sign-ins!')),
    );
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(4);
    for (const outcome of refused) expect((outcome.reason as { code: string }).code).toBe('SERVER_BUSY');
  }, 30_000);
});
