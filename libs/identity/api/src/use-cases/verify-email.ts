// Verify an email address with the emailed token: the token works once, and a PENDING account becomes
// ACTIVE (a suspension stays in force).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountEvents } from '../services/account-events.service.js';
import { AccountTokens } from '../services/account-tokens.service.js';
import { Credentials } from '../services/credentials.service.js';

export interface VerifyEmailCommand {
  token: string;
}

@Injectable()
export class VerifyEmail {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokens,
    private readonly credentials: Credentials,
    private readonly events: AccountEvents,
  ) {}

  async execute({ token }: VerifyEmailCommand): Promise<void> {
    await inTransaction(this.dataSource, async ({ manager }) => {
      const memberId = await this.tokens.consume(manager, token, 'VERIFY_EMAIL', 'token');
      // Locked, so a suspension deciding the status at the same moment is not overwritten.
      const member = await manager.findOneOrFail(MemberEntity, {
        where: { id: memberId },
        lock: { mode: 'pessimistic_write' },
      });
      if (member.emailVerifiedAt) return;
      await this.credentials.markEmailVerified(manager, member);
      await this.events.append(manager, { memberId, type: 'EMAIL_VERIFIED' });
    });
  }
}
