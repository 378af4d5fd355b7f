// What changes with a member's password or address, the same way whichever use case changes it.
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountTokens } from './account-tokens.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { SessionService } from './session.service.js';

@Injectable()
export class Credentials {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccountTokens,
    private readonly sessions: SessionService,
  ) {}

  /** A new password ends every session and every reset link still outstanding. */
  async replacePassword(manager: EntityManager, member: MemberEntity, password: string): Promise<void> {
    await manager.update(MemberEntity, member.id, { passwordHash: await this.hasher.hash(password) });
    await this.tokens.revokeAll(manager, member.id, 'RESET_PASSWORD');
    await this.sessions.endAll(manager, member.id);
  }

  /** A confirmed address makes a PENDING account ACTIVE (a suspension stays in force). */
  async markEmailVerified(manager: EntityManager, member: MemberEntity): Promise<void> {
    await manager.update(MemberEntity, member.id, {
      emailVerifiedAt: new Date(),
      ...(member.status === 'PENDING' ? { status: 'ACTIVE' as const } : {}),
    });
  }
}
