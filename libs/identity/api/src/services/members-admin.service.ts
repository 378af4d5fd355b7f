// What admins do with members: list and search them, change roles, suspend and reinstate. An instance
// always keeps an active admin: admins never change their own role or suspend themselves, and every
// change an admin makes runs under one lock of the administration, re-checking inside the transaction
// that the acting admin still is one (the access guard read the role before the transaction began, so
// two admins demoting each other at once would otherwise both succeed). The database enforces the same
// rule on its own (migration guard-identity).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
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

/** The advisory lock key of "who administers this instance"; the migration guard-identity uses it too. */
export const ADMINS_LOCK_KEY = 7_420_016_421;

/**
 * A page ends at (created_at, id) exactly. PostgreSQL keeps microseconds and a JavaScript Date only
 * milliseconds, so the cursor carries the timestamp as PostgreSQL writes it, with all six digits:
 * members created within one millisecond (a seed, an import) are neither skipped nor repeated.
 */
const CREATED_AT_TEXT = `to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const CURSOR_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const encodeCursor = (createdAt: string, id: string) =>
  Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      CURSOR_INSTANT.test(createdAt) &&
      !Number.isNaN(Date.parse(createdAt)) &&
      typeof id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)
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
      query.andWhere('(m.created_at, m.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))', {
        createdAt,
        id,
      });
    }
    const { entities, raw } = await query
      .addSelect(CREATED_AT_TEXT, 'cursor_created_at')
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ cursor_created_at: string }>();
    const page = entities.slice(0, first);
    return {
      members: page.map((member, index) => ({
        cursor: encodeCursor(raw[index]!.cursor_created_at, member.id),
        member,
      })),
      hasNextPage: entities.length > first,
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
    return inTransaction(this.dataSource, async ({ manager }) => {
      await this.actAsAdmin(manager, actor);
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
    return inTransaction(this.dataSource, async ({ manager }) => {
      await this.actAsAdmin(manager, actor);
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
    return inTransaction(this.dataSource, async ({ manager }) => {
      await this.actAsAdmin(manager, actor);
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

  /**
   * Takes the administration lock, then checks that the actor is still an active admin now: a role or a
   * status changed by a transaction that committed while this one waited is seen here. As the actor is
   * never the member acted upon, an active admin (the actor) always remains.
   */
  private async actAsAdmin(manager: EntityManager, actor: Actor): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [ADMINS_LOCK_KEY]);
    const current = await manager.findOneBy(MemberEntity, { id: actor.id });
    if (current?.role !== 'ADMIN' || current.status !== 'ACTIVE') {
      throw new CodedError('FORBIDDEN', 'You are no longer an admin.');
    }
  }

  private async lockMember(manager: EntityManager, memberId: string): Promise<MemberEntity> {
    const member = await manager.findOne(MemberEntity, {
      where: { id: memberId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!member) throw new CodedError('NOT_FOUND', 'No member has this id.', 'memberId');
    return member;
  }
}
