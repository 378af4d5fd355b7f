// argon2id hashing at OWASP's recommended minimum (19 MiB, 2 iterations, parallelism 1), from a package
// with prebuilt binaries (@node-rs/argon2: nothing is compiled at install). Each hash holds 19 MiB for
// ~50 ms, so at most HASH_CONCURRENCY run at once and at most HASH_QUEUE wait; beyond that the request is
// refused (SERVER_BUSY) instead of letting a burst of sign-ins exhaust memory.
import { Injectable } from '@nestjs/common';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import pLimit from 'p-limit';
import { CodedError } from '@lovecando/shared-util';

export const ARGON2_PARAMETERS = {
  // Algorithm is a const enum, which isolated modules cannot read at run time: 2 is Argon2id.
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456, // KiB = 19 MiB
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

const HASH_CONCURRENCY = 4;
const HASH_QUEUE = 64;

// Verified against when an email is unknown, so a wrong email takes as long as a wrong password.
const DECOY_PASSWORD = 'decoy password that never matches anything';

@Injectable()
export class PasswordHasher {
  private readonly limit = pLimit(HASH_CONCURRENCY);
  private decoy: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return this.bounded(() => hash(password, ARGON2_PARAMETERS));
  }

  /** Constant work whether or not the account exists: pass `undefined` for an unknown email. */
  async verify(storedHash: string | undefined, password: string): Promise<boolean> {
    this.decoy ??= hash(DECOY_PASSWORD, ARGON2_PARAMETERS);
    const target = storedHash ?? (await this.decoy);
    const matches = await this.bounded(() => verify(target, password).catch(() => false));
    return storedHash !== undefined && matches;
  }

  private bounded<T>(work: () => Promise<T>): Promise<T> {
    if (this.limit.pendingCount >= HASH_QUEUE) {
      return Promise.reject(
        new CodedError('SERVER_BUSY', 'The server is busy; please try again in a moment.'),
      );
    }
    return this.limit(work);
  }
}
