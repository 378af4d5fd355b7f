// Update the signed-in member's profile (display name, language). Only what differs is written, and the
// history records what changed; nothing changed writes nothing.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { type Language } from '@lovecando/shared-util';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountEvents } from '../services/account-events.service.js';
import { displayName } from './command-fields.js';

export interface UpdateProfileCommand {
  memberId: string;
  displayName?: string | undefined;
  locale?: Language | undefined;
}

@Injectable()
export class UpdateProfile {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: AccountEvents,
  ) {}

  /** The member as it is after the change. */
  async execute(command: UpdateProfileCommand): Promise<MemberEntity> {
    const name =
      command.displayName === undefined ? undefined : displayName(command.displayName, 'input.displayName');
    return inTransaction(this.dataSource, async ({ manager }) => {
      const member = await manager.findOneOrFail(MemberEntity, {
        where: { id: command.memberId },
        lock: { mode: 'pessimistic_write' },
      });
      const changes: Partial<MemberEntity> = {};
      if (name !== undefined && name !== member.displayName) changes.displayName = name;
      if (command.locale !== undefined && command.locale !== member.locale) changes.locale = command.locale;
      if (Object.keys(changes).length === 0) return member;
      await manager.update(MemberEntity, member.id, changes);
      await this.events.append(manager, {
        memberId: member.id,
        type: 'PROFILE_UPDATED',
        details: { ...changes },
      });
      return manager.findOneByOrFail(MemberEntity, { id: member.id });
    });
  }
}
