// Reset the password with the emailed token: the token works once, the new password must be strong
// enough, every session and every other reset link ends, and following the link proves the address too.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountEvents } from '../services/account-events.service.js';
import { AccountTokens } from '../services/account-tokens.service.js';
import { Credentials } from '../services/credentials.service.js';
import { PasswordStrength } from '../services/password-strength.service.js';
import { linkToken, typedPassword } from './command-fields.js';

export interface ResetPasswordCommand {
  token: string;
  password: string;
}

@Injectable()
export class ResetPassword {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokens,
    private readonly strength: PasswordStrength,
    private readonly credentials: Credentials,
    private readonly events: AccountEvents,
  ) {}

  async execute(command: ResetPasswordCommand): Promise<void> {
    const token = linkToken(command.token, 'input.token');
    const password = typedPassword(command.password, 'input.password');
    await inTransaction(this.dataSource, async ({ manager }) => {
      const memberId = await this.tokens.consume(manager, token, 'RESET_PASSWORD', 'input.token');
      const member = await manager.findOneOrFail(MemberEntity, {
        where: { id: memberId },
        lock: { mode: 'pessimistic_write' },
      });
      // A weak choice rolls the transaction back, so the link still works for a better one.
      this.strength.assertAcceptable(
        password,
        [member.email, member.displayName],
        'input.password',
        member.locale,
      );
      await this.credentials.replacePassword(manager, member, password);
      if (!member.emailVerifiedAt) await this.credentials.markEmailVerified(manager, member);
      await this.events.append(manager, { memberId, type: 'PASSWORD_RESET' });
    });
  }
}
