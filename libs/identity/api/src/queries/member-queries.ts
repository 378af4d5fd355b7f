// What the identity scope reads without changing anything: one member, the admins' list of members
// (filtered, newest first, paged by cursor) and a member's account history.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mayRead, type Actor, type MemberStatus, type Role } from '@lovecando/identity-domain';
import { AccountEventEntity } from '../entities/account-event.entity.js';
import { MemberEntity } from '../entities/member.entity.js';
import { memberId as parseMemberId } from '../use-cases/command-fields.js';
import { IdentityError } from '../identity.errors.js';

export interface MemberListFilter {
  role?: Role | undefined;
  status?: MemberStatus | undefined;
  /** Part of the name or email, case-insensitive. */
  text?: string | undefined;
}

export interface MembersPage {
  members: { cursor: string; member: MemberEntity }[];
  hasNextPage: boolean;
  totalCount: number;
}

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
  throw new IdentityError('BAD_USER_INPUT', 'is not a valid cursor', 'after');
}

/** LIKE pattern matching the text anywhere, with LIKE's wildcards taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

@Injectable()
export class MemberQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findMember(id: string): Promise<MemberEntity | null> {
    return this.dataSource.getRepository(MemberEntity).findOneBy({ id });
  }

  async list(
    filter: MemberListFilter | undefined,
    first: number,
    after: string | undefined,
  ): Promise<MembersPage> {
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw new IdentityError('BAD_USER_INPUT', 'must be between 1 and 100', 'first');
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

  /** The latest 200 events of a member's history: admins, or the member themself. */
  async history(actor: Actor, memberId: string): Promise<AccountEventEntity[]> {
    parseMemberId(memberId, 'memberId');
    if (!mayRead(actor, memberId))
      throw new IdentityError('FORBIDDEN', 'You may only read your own account history.');
    return this.dataSource
      .getRepository(AccountEventEntity)
      .find({ where: { memberId }, order: { id: 'DESC' }, take: 200 });
  }
}
