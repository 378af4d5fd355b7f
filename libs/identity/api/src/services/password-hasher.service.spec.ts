import { ARGON2_PARAMETERS, HASH_LANES, PasswordHasher } from './password-hasher.service.js';

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

  it('refuses work beyond a lane’s running and waiting hashes instead of exhausting memory', async () => {
    const hasher = new PasswordHasher();
    const { concurrency, queue } = HASH_LANES['sign-in'];
    const outcomes = await Promise.allSettled(
      Array.from({ length: concurrency + queue + 4 }, () => hasher.hash('burst of sign-ins!')),
    );
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(4);
    for (const outcome of refused) expect((outcome.reason as { code: string }).code).toBe('SERVER_BUSY');
  }, 30_000);

  it('lets a sign-in through while a sign-up flood fills its own lane', async () => {
    const hasher = new PasswordHasher();
    const stored = await hasher.hash('correct horse battery staple');
    const { concurrency, queue } = HASH_LANES['sign-up'];
    let signUpsDone = 0;
    const flood = Array.from({ length: concurrency + queue + 3 }, () =>
      hasher.hash('a flood of sign-ups', 'sign-up').then(
        () => (signUpsDone += 1),
        (error: { code: string }) => error.code,
      ),
    );
    // The sign-in does not queue behind the flood: only a few sign-ups (those running, or one more on a
    // busy machine) finish before it. Queued with them, it would wait for all of them.
    expect(await hasher.verify(stored, 'correct horse battery staple')).toBe(true);
    expect(signUpsDone).toBeLessThan(queue / 2);
    const outcomes = await Promise.all(flood);
    expect(outcomes.filter((outcome) => outcome === 'SERVER_BUSY')).toHaveLength(3);
  }, 30_000);

  it('tells a caller at once when a lane is full, before any work is spent on the request', async () => {
    const hasher = new PasswordHasher();
    const { concurrency, queue } = HASH_LANES['sign-up'];
    expect(() => hasher.assertRoom('sign-up')).not.toThrow();
    const flood = Array.from({ length: concurrency + queue }, () =>
      hasher.hash('a flood of sign-ups', 'sign-up').catch(() => undefined),
    );
    expect(() => hasher.assertRoom('sign-up')).toThrow('The server is busy');
    expect(() => hasher.assertRoom('sign-in')).not.toThrow();
    await Promise.all(flood);
    expect(() => hasher.assertRoom('sign-up')).not.toThrow();
  }, 30_000);
});
