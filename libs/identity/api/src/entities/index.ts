import { AccountEventEntity } from './account-event.entity.js';
import { AccountTokenEntity } from './account-token.entity.js';
import { MemberEntity } from './member.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { SessionEntity } from './session.entity.js';

/** The tables of the identity scope, registered with the application's DataSource. */
export const identityEntities = [
  MemberEntity,
  SessionEntity,
  AccountTokenEntity,
  AccountEventEntity,
  OutboxMessageEntity,
];
