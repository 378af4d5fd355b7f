// Appends to the account history; the database refuses any change to what is written.
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type AccountEventType } from '../entities/account-event.entity.js';

export interface AccountEventInput {
  memberId: string;
  type: AccountEventType;
  actorId?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AccountEvents {
  async append(manager: EntityManager, event: AccountEventInput): Promise<void> {
    await manager.query(
      'INSERT INTO account_event (member_id, actor_id, type, details) VALUES ($1, $2, $3, $4)',
      [event.memberId, event.actorId ?? null, event.type, JSON.stringify(event.details ?? {})],
    );
  }
}
