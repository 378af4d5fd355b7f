// Whether an emailed reset link can still be used, without using it: the page asks before showing the
// form. Checks are counted per address, so the question cannot be used to guess tokens.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { AccountTokens } from '../services/account-tokens.service.js';
import { AttemptLimits } from '../services/attempt-limits.service.js';

export interface CheckResetLinkCommand {
  token: string;
  /** The client's address, for the attempt limits. */
  address: string;
}

@Injectable()
export class CheckResetLink {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attempts: AttemptLimits,
    private readonly tokens: AccountTokens,
  ) {}

  async execute({ token, address }: CheckResetLinkCommand): Promise<boolean> {
    await this.attempts.consumeTokenCheck(address);
    return inTransaction(this.dataSource, ({ manager }) =>
      this.tokens.isUsable(manager, token, 'RESET_PASSWORD'),
    );
  }
}
