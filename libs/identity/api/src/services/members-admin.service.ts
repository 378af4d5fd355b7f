// What admins do with members: list and search them, change roles, suspend and reinstate. Admins never
// change their own role or suspend themselves, so an instance always keeps an admin.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CodedError } from '@lovecando/shared-util';
import { type Actor, type Role } from '@lovecando/identity-domain';
import { AccountEventEntity } from '../entities/account-event.entity.js';
import { MemberEntity } from '../entities/member.entity.js';
import { type MemberFilter } from '../inputs/account.inputs.js';
import { AccountEvents } from './account-events.service.js';
import { SessionService } from './session.service.js';

export interface MembersPage {
  members: { cursor: string; member: MemberEntity }[];
  hasNextPage: boolean;
  totalCount: number;
}

const encodeCursor = (member: MemberEntity) =>
  Buffer.from(JSON.stringify([member.createdAt.toISOString(), member.id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      !Number.isNaN(Date.parse(createdAt)) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/.test(id)
    ) {
      return [createdAt, id];
    }
  } catch {
    // fall through to the coded error
  }
  throw new CodedError('BAD_USER_INPUT', 'is not a valid cursor', 'after');
}

/** LIKE pattern matching the text anywhere, with LIKE's wildcards taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

@Injectable()
export class MembersAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: AccountEvents,
    private readonly sessions: SessionService,
  ) {}

  async list(
    filter: MemberFilter | undefined,
    first: number,
    after: string | undefined,
  ): Promise<MembersPage> {
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw new CodedError('BAD_USER_INPUT', 'must be between 1 and 100', 'first');
    }
    const query = this.dataSource.getRepository(MemberEntity).createQueryBuilder('m');
    if (filter?.role) query.andWhere('m.role = :role', { role: filter.role });
    if (filter?.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter?.text) {
      query.andWhere('(m.display_name ILIKE :text OR m.email_normalized ILIKE :text)', {
        text: containing(filter.text),
      });
    }
    const totalCount = await query.getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after);
      query.andWhere('(m.created_at, m.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    return {
      members: page.map((member) => ({ cursor: encodeCursor(member), member })),
      hasNextPage: rows.length > first,
      totalCount,
    };
  }

  async setRole(actor: Actor, memberId: string, role: Role): Promise<MemberEntity> {
    if (actor.id === memberId)
      throw new CodedError(
        'CANNOT_CHANGE_OWN_ROLE',
        'Admins cannot change their own role.',
        'input.memberId',
      );
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockMember(manager, memberId);
      if (member.role === role) return member;
      await manager.update(MemberEntity, member.id, { role });
      await this.events.append(manager, {
        memberId,
        actorId: actor.id,
        type: 'ROLE_CHANGED',
        details: { from: member.role, to: role },
      });
      return { ...member, role };
    });
  }

  async suspend(actor: Actor, memberId: string, reason: string): Promise<MemberEntity> {
    if (actor.id === memberId)
      throw new CodedError('CANNOT_SUSPEND_SELF', 'Admins cannot suspend themselves.', 'input.memberId');
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockMember(manager, memberId);
      if (member.status === 'SUSPENDED')
        throw new CodedError('ALREADY_SUSPENDED', 'This member is already suspended.', 'input.memberId');
      await manager.update(MemberEntity, member.id, { status: 'SUSPENDED', suspendedReason: reason });
      await this.sessions.endAll(manager, member.id);
      await this.events.append(manager, {
        memberId,
        actorId: actor.id,
        type: 'SUSPENDED',
        details: { reason },
      });
      return { ...member, status: 'SUSPENDED' as const, suspendedReason: reason };
    });
  }

  async reinstate(actor: Actor, memberId: string): Promise<MemberEntity> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockMember(manager, memberId);
      if (member.status !== 'SUSPENDED')
        throw new CodedError('NOT_SUSPENDED', 'This member is not suspended.', 'memberId');
      const status = member.emailVerifiedAt ? ('ACTIVE' as const) : ('PENDING' as const);
      await manager.update(MemberEntity, member.id, { status, suspendedReason: null });
      await this.events.append(manager, { memberId, actorId: actor.id, type: 'REINSTATED' });
      return { ...member, status, suspendedReason: null };
    });
  }

  async history(memberId: string): Promise<AccountEventEntity[]> {
    return this.dataSource
      .getRepository(AccountEventEntity)
      .find({ where: { memberId }, order: { id: 'DESC' }, take: 200 });
  }

  private async lockMember(manager: DataSource['manager'], memberId: string): Promise<MemberEntity> {
    const member = await manager.findOne(MemberEntity, {
      where: { id: memberId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!member) throw new CodedError('NOT_FOUND', 'No member has this id.', 'memberId');
    return member;
  }
}
