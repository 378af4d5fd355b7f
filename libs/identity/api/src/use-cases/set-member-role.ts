// An admin changes a member's role. Never their own (an instance always keeps an active admin), and under
// the administration lock, re-checking that the actor still is an admin (admin-lock.ts).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { type Role } from '@lovecando/identity-domain';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountEvents } from '../services/account-events.service.js';
import { actAsAdmin, lockMemberActedOn } from './admin-lock.js';
import { memberId as parseMemberId } from './command-fields.js';
import { IdentityError } from '../identity.errors.js';

export interface SetMemberRoleCommand {
  actorId: string;
  memberId: string;
  role: Role;
}

@Injectable()
export class SetMemberRole {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: AccountEvents,
  ) {}

  /** The member with the role it now has. */
  async execute(command: SetMemberRoleCommand): Promise<MemberEntity> {
    const { actorId, role } = command;
    const memberId = parseMemberId(command.memberId, 'input.memberId');
    if (actorId === memberId)
      throw new IdentityError(
        'CANNOT_CHANGE_OWN_ROLE',
        'Admins cannot change their own role.',
        'input.memberId',
      );
    return inTransaction(this.dataSource, async ({ manager }) => {
      await actAsAdmin(manager, actorId);
      const member = await lockMemberActedOn(manager, memberId);
      if (member.role === role) return member;
      await manager.update(MemberEntity, member.id, { role });
      await this.events.append(manager, {
        memberId,
        actorId,
        type: 'ROLE_CHANGED',
        details: { from: member.role, to: role },
      });
      return { ...member, role };
    });
  }
}
