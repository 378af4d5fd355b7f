// An admin suspends a member, with a reason shown to them; the member's sessions end at once. Never
// themselves, and under the administration lock (admin-lock.ts).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountEvents } from '../services/account-events.service.js';
import { SessionService } from '../services/session.service.js';
import { actAsAdmin, lockMemberActedOn } from './admin-lock.js';
import { memberId as parseMemberId, suspensionReason } from './command-fields.js';
import { IdentityError } from '../identity.errors.js';

export interface SuspendMemberCommand {
  actorId: string;
  memberId: string;
  reason: string;
}

@Injectable()
export class SuspendMember {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly events: AccountEvents,
  ) {}

  /** The member as suspended. */
  async execute(command: SuspendMemberCommand): Promise<MemberEntity> {
    const { actorId } = command;
    const memberId = parseMemberId(command.memberId, 'input.memberId');
    const reason = suspensionReason(command.reason, 'input.reason');
    if (actorId === memberId)
      throw new IdentityError('CANNOT_SUSPEND_SELF', 'Admins cannot suspend themselves.', 'input.memberId');
    return inTransaction(this.dataSource, async ({ manager }) => {
      await actAsAdmin(manager, actorId);
      const member = await lockMemberActedOn(manager, memberId);
      if (member.status === 'SUSPENDED')
        throw new IdentityError('ALREADY_SUSPENDED', 'This member is already suspended.', 'input.memberId');
      await manager.update(MemberEntity, member.id, { status: 'SUSPENDED', suspendedReason: reason });
      await this.sessions.endAll(manager, member.id);
      await this.events.append(manager, { memberId, actorId, type: 'SUSPENDED', details: { reason } });
      return { ...member, status: 'SUSPENDED' as const, suspendedReason: reason };
    });
  }
}
