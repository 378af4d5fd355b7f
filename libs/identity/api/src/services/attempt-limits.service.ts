// Throttles what a stranger could flood (signing in, signing up, asking for reset or verification
// emails, checking a reset link) per account or email and per client address, counted in PostgreSQL so
// every app instance shares the counts. Each attempt counts, including several hidden as aliases in one
// GraphQL request (each alias runs the resolver).
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { IdentityError } from '../identity.errors.js';

type Limit = { points: number; duration: number; keyPrefix: string };

const HOUR = 60 * 60;

export const ATTEMPT_LIMITS = {
  signInPerAccount: { keyPrefix: 'signin:account', points: 10, duration: 15 * 60 },
  signInPerAddress: { keyPrefix: 'signin:ip', points: 50, duration: 15 * 60 },
  resetPerAccount: { keyPrefix: 'reset:account', points: 3, duration: HOUR },
  resetPerAddress: { keyPrefix: 'reset:ip', points: 10, duration: HOUR },
  signUpPerEmail: { keyPrefix: 'signup:email', points: 3, duration: HOUR },
  // The default; IdentityOptions.signUpsPerAddressPerHour sets it (a campus behind one NAT needs more).
  signUpPerAddress: { keyPrefix: 'signup:ip', points: 20, duration: HOUR },
  verificationPerEmail: { keyPrefix: 'verify:email', points: 3, duration: HOUR },
  verificationPerAddress: { keyPrefix: 'verify:ip', points: 10, duration: HOUR },
  tokenCheckPerAddress: { keyPrefix: 'token-check:ip', points: 30, duration: 15 * 60 },
  // "Someone tried to register with your address": at most one such email a day per account.
  alreadyRegisteredNotice: { keyPrefix: 'signup-notice:account', points: 1, duration: 24 * HOUR },
} satisfies Record<string, Limit>;

type LimitName = keyof typeof ATTEMPT_LIMITS;

/** Each kind of attempt counts against one limit per account (or email) and one per address. */
const PAIRS = {
  signIn: ['signInPerAccount', 'signInPerAddress'],
  reset: ['resetPerAccount', 'resetPerAddress'],
  verification: ['verificationPerEmail', 'verificationPerAddress'],
} as const satisfies Record<string, readonly [LimitName, LimitName]>;

export type AttemptKind = keyof typeof PAIRS;

const tooMany = (rejection: RateLimiterRes) =>
  new IdentityError('TOO_MANY_ATTEMPTS', 'Too many attempts. Please wait before trying again.', undefined, {
    retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000),
  });

@Injectable()
export class AttemptLimits {
  private readonly limiters: Record<LimitName, RateLimiterPostgres>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) options: IdentityOptions,
  ) {
    const limits: Record<LimitName, Limit> = {
      ...ATTEMPT_LIMITS,
      signUpPerAddress: {
        ...ATTEMPT_LIMITS.signUpPerAddress,
        points: options.signUpsPerAddressPerHour ?? ATTEMPT_LIMITS.signUpPerAddress.points,
      },
    };
    this.limiters = Object.fromEntries(
      Object.entries(limits).map(([name, limit]) => [
        name,
        new RateLimiterPostgres({
          storeClient: dataSource,
          storeType: 'typeorm',
          tableName: 'rate_limit',
          tableCreated: true, // created by a migration
          ...limit,
        }),
      ]),
    ) as Record<LimitName, RateLimiterPostgres>;
  }

  /** Counts one attempt; throws TOO_MANY_ATTEMPTS when either limit is exhausted. */
  async consume(kind: AttemptKind, account: string, address: string): Promise<void> {
    const [perAccount, perAddress] = PAIRS[kind];
    await this.count([
      [perAccount, account],
      [perAddress, address],
    ]);
  }

  /** Counts one check of a reset link from this address; throws TOO_MANY_ATTEMPTS beyond the limit. */
  async consumeTokenCheck(address: string): Promise<void> {
    await this.count([['tokenCheckPerAddress', address]]);
  }

  /**
   * Sign-up counts in two steps: the address before any costly check (a flood from one address stops
   * there), the email only once the password is acceptable (a person retrying a weak one is no flood).
   */
  async consumeSignUp(step: 'address' | 'email', key: string): Promise<void> {
    await this.count([[step === 'address' ? 'signUpPerAddress' : 'signUpPerEmail', key]]);
  }

  /** True at most once per period for this account: whether to send the "already registered" email. */
  async mayNotifyAlreadyRegistered(memberId: string): Promise<boolean> {
    try {
      await this.limiters.alreadyRegisteredNotice.consume(memberId);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return false;
    }
  }

  private async count(attempts: [LimitName, string][]): Promise<void> {
    try {
      await Promise.all(attempts.map(([name, key]) => this.limiters[name].consume(key)));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw tooMany(rejection);
    }
  }

  /** A successful sign-in forgives the account's earlier failures. */
  async forgive(account: string): Promise<void> {
    await this.limiters.signInPerAccount.delete(account);
  }
}
