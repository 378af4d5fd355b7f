// Throttles sign-in and password-reset attempts per account and per client address, counted in
// PostgreSQL so every app instance shares the counts. Each attempt counts, including several hidden as
// aliases in one GraphQL request (each alias runs the resolver).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { CodedError } from '@lovecando/shared-util';

type Limit = { points: number; duration: number; keyPrefix: string };

export const ATTEMPT_LIMITS = {
  signInPerAccount: { keyPrefix: 'signin:account', points: 10, duration: 15 * 60 },
  signInPerAddress: { keyPrefix: 'signin:ip', points: 50, duration: 15 * 60 },
  resetPerAccount: { keyPrefix: 'reset:account', points: 3, duration: 60 * 60 },
  resetPerAddress: { keyPrefix: 'reset:ip', points: 10, duration: 60 * 60 },
} satisfies Record<string, Limit>;

export type AttemptKind = 'signIn' | 'reset';

@Injectable()
export class AttemptLimits {
  private readonly limiters: Record<keyof typeof ATTEMPT_LIMITS, RateLimiterPostgres>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const make = (limit: Limit) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'rate_limit',
        tableCreated: true, // created by a migration
        ...limit,
      });
    this.limiters = {
      signInPerAccount: make(ATTEMPT_LIMITS.signInPerAccount),
      signInPerAddress: make(ATTEMPT_LIMITS.signInPerAddress),
      resetPerAccount: make(ATTEMPT_LIMITS.resetPerAccount),
      resetPerAddress: make(ATTEMPT_LIMITS.resetPerAddress),
    };
  }

  /** Counts one attempt; throws TOO_MANY_ATTEMPTS when either limit is exhausted. */
  async consume(kind: AttemptKind, account: string, address: string): Promise<void> {
    const [perAccount, perAddress] =
      kind === 'signIn'
        ? [this.limiters.signInPerAccount, this.limiters.signInPerAddress]
        : [this.limiters.resetPerAccount, this.limiters.resetPerAddress];
    try {
      await Promise.all([perAccount.consume(account), perAddress.consume(address)]);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000);
      throw new CodedError(
        'TOO_MANY_ATTEMPTS',
        'Too many attempts. Please wait before trying again.',
        undefined,
        {
          retryAfterSeconds,
        },
      );
    }
  }

  /** A successful sign-in forgives the account's earlier failures. */
  async forgive(account: string): Promise<void> {
    await this.limiters.signInPerAccount.delete(account);
  }
}
