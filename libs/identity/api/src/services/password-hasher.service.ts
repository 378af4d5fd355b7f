// argon2id hashing at OWASP's recommended minimum (19 MiB, 2 iterations, parallelism 1), from a package
// with prebuilt binaries (@node-rs/argon2: nothing is compiled at install). Each hash holds 19 MiB for
// ~50 ms, so the work is bounded, in two lanes. Signing in (and changing or resetting a password) runs in
// its own lane; signing up, which strangers can flood, runs in a narrow lane of its own, so a sign-up
// flood fills only that lane and a member still signs in at once. Beyond a lane's queue the request is
// refused (SERVER_BUSY) instead of letting a burst exhaust memory.
import { Injectable } from '@nestjs/common';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import pLimit, { type LimitFunction } from 'p-limit';
import { IdentityError } from '../identity.errors.js';

export const ARGON2_PARAMETERS = {
  // Algorithm is a const enum, which isolated modules cannot read at run time: 2 is Argon2id.
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456, // KiB = 19 MiB
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

export type HashLane = 'sign-in' | 'sign-up';

/**
 * Running and waiting hashes per lane. Together the lanes use libuv's 4 worker threads, no more, so a
 * full sign-up lane leaves three threads to sign-ins.
 */
export const HASH_LANES: Record<HashLane, { concurrency: number; queue: number }> = {
  'sign-in': { concurrency: 3, queue: 64 },
  'sign-up': { concurrency: 1, queue: 16 },
};

const busy = () => new IdentityError('SERVER_BUSY', 'The server is busy; please try again in a moment.');

// Verified against when an email is unknown, so a wrong email takes as long as a wrong password.
const DECOY_PASSWORD = 'decoy password that never matches anything';

@Injectable()
export class PasswordHasher {
  private readonly lanes: Record<HashLane, LimitFunction> = {
    'sign-in': pLimit(HASH_LANES['sign-in'].concurrency),
    'sign-up': pLimit(HASH_LANES['sign-up'].concurrency),
  };
  private decoy: Promise<string> | undefined;

  hash(password: string, lane: HashLane = 'sign-in'): Promise<string> {
    return this.bounded(lane, () => hash(password, ARGON2_PARAMETERS));
  }

  /** Constant work whether or not the account exists: pass `undefined` for an unknown email. */
  async verify(storedHash: string | undefined, password: string): Promise<boolean> {
    this.decoy ??= hash(DECOY_PASSWORD, ARGON2_PARAMETERS);
    const target = storedHash ?? (await this.decoy);
    const matches = await this.bounded('sign-in', () => verify(target, password).catch(() => false));
    return storedHash !== undefined && matches;
  }

  /**
   * Refuses at once when the lane's queue is full: a request that could not be hashed anyway should not
   * first spend the main thread on checking the password's strength (tens of milliseconds).
   */
  assertRoom(lane: HashLane): void {
    if (!this.hasRoom(lane)) throw busy();
  }

  private hasRoom(lane: HashLane): boolean {
    return this.lanes[lane].pendingCount < HASH_LANES[lane].queue;
  }

  private bounded<T>(lane: HashLane, work: () => Promise<T>): Promise<T> {
    return this.hasRoom(lane) ? this.lanes[lane](work) : Promise.reject(busy());
  }
}
