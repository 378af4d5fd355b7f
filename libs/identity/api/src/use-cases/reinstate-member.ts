// An admin lifts a suspension: the member is ACTIVE again, or PENDING if their address was never
// confirmed. Under the administration lock (admin-lock.ts).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountEvents } from '../services/account-events.service.js';
import { actAsAdmin, lockMemberActedOn } from './admin-lock.js';
import { memberId as parseMemberId } from './command-fields.js';
import { IdentityError } from '../identity.errors.js';

export interface ReinstateMemberCommand {
  actorId: string;
  memberId: string;
}

@Injectable()
export class ReinstateMember {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: AccountEvents,
  ) {}

  /** The member as reinstated. */
  async execute(command: ReinstateMemberCommand): Promise<MemberEntity> {
    const { actorId } = command;
    const memberId = parseMemberId(command.memberId, 'memberId');
    return inTransaction(this.dataSource, async ({ manager }) => {
      await actAsAdmin(manager, actorId);
      const member = await lockMemberActedOn(manager, memberId);
      if (member.status !== 'SUSPENDED')
        throw new IdentityError('NOT_SUSPENDED', 'This member is not suspended.', 'memberId');
      const status = member.emailVerifiedAt ? ('ACTIVE' as const) : ('PENDING' as const);
      await manager.update(MemberEntity, member.id, { status, suspendedReason: null });
      await this.events.append(manager, { memberId, actorId, type: 'REINSTATED' });
      return { ...member, status, suspendedReason: null };
    });
  }
}
