// The append-only account history (a database trigger refuses updates and deletes): who joined, verified,
// changed role, was suspended or reinstated, and by whom.
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ACCOUNT_EVENT_TYPES = [
  'JOINED',
  'EMAIL_VERIFIED',
  'PROFILE_UPDATED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'ROLE_CHANGED',
  'SUSPENDED',
  'REINSTATED',
] as const;
export type AccountEventType = (typeof ACCOUNT_EVENT_TYPES)[number];

@Entity('account_event')
export class AccountEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  type!: AccountEventType;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
