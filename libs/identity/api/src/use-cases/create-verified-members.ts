// Members created by the operator rather than by signing up (the admin command, the demo data): their
// addresses count as verified and their accounts are ACTIVE at once. All of one command, or none.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { type Language } from '@lovecando/shared-util';
import { type Role } from '@lovecando/identity-domain';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountEvents } from '../services/account-events.service.js';
import { normaliseEmail } from '../services/email-address.js';
import { PasswordHasher } from '../services/password-hasher.service.js';
import { displayName, emailAddress } from './command-fields.js';

/** A new member with a password, or with its argon2id hash when many share one (the demo data). */
export type NewMember = {
  email: string;
  displayName: string;
  locale: Language;
  role: Role;
} & ({ password: string } | { passwordHash: string });

export interface CreateVerifiedMembersCommand {
  members: readonly NewMember[];
}

@Injectable()
export class CreateVerifiedMembers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly events: AccountEvents,
  ) {}

  async execute({ members }: CreateVerifiedMembersCommand): Promise<MemberEntity[]> {
    const rows = await Promise.all(
      members.map(async (member, index) => ({
        email: emailAddress(member.email, `members[${index}].email`),
        displayName: displayName(member.displayName, `members[${index}].displayName`),
        locale: member.locale,
        role: member.role,
        // Hashed before the transaction: a connection is not held while argon2 works.
        passwordHash:
          'passwordHash' in member ? member.passwordHash : await this.hasher.hash(member.password),
      })),
    );
    return inTransaction(this.dataSource, async ({ manager }) => {
      const created: MemberEntity[] = [];
      for (const row of rows) {
        const member = await manager.save(MemberEntity, {
          ...row,
          emailNormalized: normaliseEmail(row.email),
          status: 'ACTIVE',
          emailVerifiedAt: new Date(),
          suspendedReason: null,
        });
        await this.events.append(manager, {
          memberId: member.id,
          type: 'JOINED',
          details: { role: row.role, by: 'command' },
        });
        created.push(member);
      }
      return created;
    });
  }
}
