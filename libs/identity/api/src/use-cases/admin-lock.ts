// The lock every change to "who administers this instance" runs under. An instance always keeps an active
// admin: admins never change their own role or suspend themselves, and every change an admin makes runs
// under one advisory lock, re-checking inside the transaction that the acting admin still is one (the
// access guard read the role before the transaction began, so two admins demoting each other at once
// would otherwise both succeed). The database enforces the same rule on its own (migration
// guard-identity, which takes the same lock).
import { type EntityManager } from 'typeorm';
import { MemberEntity } from '../entities/member.entity.js';
import { IdentityError } from '../identity.errors.js';

/** The advisory lock key of "who administers this instance"; the migration guard-identity uses it too. */
export const ADMINS_LOCK_KEY = 7_420_016_421;

/**
 * Takes the administration lock, then checks that the actor is still an active admin now: a role or a
 * status changed by a transaction that committed while this one waited is seen here. As the actor is
 * never the member acted upon, an active admin (the actor) always remains.
 */
export async function actAsAdmin(manager: EntityManager, actorId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [ADMINS_LOCK_KEY]);
  const current = await manager.findOneBy(MemberEntity, { id: actorId });
  if (current?.role !== 'ADMIN' || current.status !== 'ACTIVE') {
    throw new IdentityError('FORBIDDEN', 'You are no longer an admin.');
  }
}

/** The member an admin acts upon, locked for the rest of the transaction. */
export async function lockMemberActedOn(manager: EntityManager, memberId: string): Promise<MemberEntity> {
  const member = await manager.findOne(MemberEntity, {
    where: { id: memberId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!member) throw new IdentityError('NOT_FOUND', 'No member has this id.', 'memberId');
  return member;
}
