// Change the password of the signed-in member: the current password must match and the new one be
// strong enough; every session ends and a new one starts for this browser. The member row is read and
// locked inside the transaction, so two changes at once cannot both pass the check against the old
// password: the second waits, then sees the new hash and is refused.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountEvents } from '../services/account-events.service.js';
import { Credentials } from '../services/credentials.service.js';
import { PasswordHasher } from '../services/password-hasher.service.js';
import { PasswordStrength } from '../services/password-strength.service.js';
import { SessionService } from '../services/session.service.js';
import { typedPassword } from './command-fields.js';
import { IdentityError } from '../identity.errors.js';

export interface ChangePasswordCommand {
  memberId: string;
  currentPassword: string;
  newPassword: string;
  /** Kept with the new session. */
  userAgent: string | undefined;
}

export interface ChangePasswordResult {
  /** The secret of the session that replaces this browser's one, for the cookie. */
  secret: string;
}

@Injectable()
export class ChangePassword {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly strength: PasswordStrength,
    private readonly credentials: Credentials,
    private readonly sessions: SessionService,
    private readonly events: AccountEvents,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<ChangePasswordResult> {
    const currentPassword = typedPassword(command.currentPassword, 'input.currentPassword', {
      required: true,
    });
    const newPassword = typedPassword(command.newPassword, 'input.newPassword');
    return inTransaction(this.dataSource, async ({ manager }) => {
      const member = await manager.findOneOrFail(MemberEntity, {
        where: { id: command.memberId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!(await this.hasher.verify(member.passwordHash, currentPassword))) {
        throw new IdentityError(
          'INVALID_CREDENTIALS',
          'The current password is incorrect.',
          'input.currentPassword',
        );
      }
      this.strength.assertAcceptable(
        newPassword,
        [member.email, member.displayName],
        'input.newPassword',
        member.locale,
      );
      await this.credentials.replacePassword(manager, member, newPassword);
      await this.events.append(manager, { memberId: member.id, type: 'PASSWORD_CHANGED' });
      return { secret: await this.sessions.start(manager, member.id, command.userAgent) };
    });
  }
}
