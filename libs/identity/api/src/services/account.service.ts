// The account use cases: sign up, verify, sign in and out, reset and change the password, edit the
// profile. Each runs in one transaction; errors never tell whether an email is registered.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CodedError, type Language } from '@lovecando/shared-util';
import { type Actor, type Role } from '@lovecando/identity-domain';
import { MemberEntity } from '../entities/member.entity.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { renderAccountEmail, type AccountEmail } from '../mail/account-emails.js';
import { Mailer } from '../mail/mailer.service.js';
import {
  type ChangePasswordInput,
  type ResetPasswordInput,
  type SignInInput,
  type SignUpInput,
  type UpdateProfileInput,
} from '../inputs/account.inputs.js';
import { AccountEvents } from './account-events.service.js';
import { AccountTokens } from './account-tokens.service.js';
import { AttemptLimits } from './attempt-limits.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { PasswordStrength } from './password-strength.service.js';
import { SessionService } from './session.service.js';

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === UNIQUE_VIOLATION;

export interface ClientInfo {
  address: string;
  userAgent: string | undefined;
}

export interface NewMember {
  email: string;
  displayName: string;
  password: string;
  locale: Language;
  role: Role;
}

@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly hasher: PasswordHasher,
    private readonly strength: PasswordStrength,
    private readonly tokens: AccountTokens,
    private readonly sessions: SessionService,
    private readonly events: AccountEvents,
    private readonly mailer: Mailer,
    private readonly attempts: AttemptLimits,
  ) {}

  private link(path: string, token?: string): string {
    const url = new URL(path, this.options.publicUrl);
    if (token) url.searchParams.set('token', token);
    return url.toString();
  }

  /** Always answers the same way; an already registered address gets an email saying so instead. */
  async signUp(input: SignUpInput): Promise<void> {
    this.strength.assertAcceptable(
      input.password,
      [input.email, input.displayName],
      'input.password',
      input.locale,
    );
    const passwordHash = await this.hasher.hash(input.password);
    const deliver = await this.dataSource.transaction(async (manager) => {
      try {
        return await manager.transaction(async (inner) => {
          const member = await inner.save(MemberEntity, {
            email: input.email,
            emailNormalized: normaliseEmail(input.email),
            displayName: input.displayName,
            locale: input.locale,
            role: 'MEMBER',
            status: 'PENDING',
            passwordHash,
            emailVerifiedAt: null,
            suspendedReason: null,
          });
          await this.events.append(inner, {
            memberId: member.id,
            type: 'JOINED',
            details: { locale: input.locale },
          });
          const token = await this.tokens.issue(inner, member.id, 'VERIFY_EMAIL');
          return this.emailMember(inner, member, {
            kind: 'verify-email',
            displayName: member.displayName,
            link: this.link('/verify-email', token),
          });
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const existing = await manager.findOneByOrFail(MemberEntity, {
          emailNormalized: normaliseEmail(input.email),
        });
        return this.emailMember(manager, existing, {
          kind: 'already-registered',
          displayName: existing.displayName,
          signInLink: this.link('/sign-in'),
          resetLink: this.link('/forgot-password'),
        });
      }
    });
    await deliver();
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const memberId = await this.tokens.consume(manager, token, 'VERIFY_EMAIL', 'token');
      const member = await manager.findOneByOrFail(MemberEntity, { id: memberId });
      if (member.emailVerifiedAt) return;
      await this.markEmailVerified(manager, member);
      await this.events.append(manager, { memberId, type: 'EMAIL_VERIFIED' });
    });
  }

  /** Returns the member and the new session's secret. */
  async signIn(
    input: SignInInput,
    client: ClientInfo,
    previousSession?: string,
  ): Promise<{ member: MemberEntity; secret: string }> {
    const account = normaliseEmail(input.email);
    await this.attempts.consume('signIn', account, client.address);
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ emailNormalized: account });
    if (!(await this.hasher.verify(member?.passwordHash, input.password)) || !member) {
      throw new CodedError('INVALID_CREDENTIALS', 'The email or the password is incorrect.');
    }
    await this.attempts.forgive(account);
    const secret = await this.dataSource.transaction(async (manager) => {
      // A new session id at every sign-in: a session fixed before sign-in is worth nothing after it.
      if (previousSession)
        await manager.query('UPDATE session SET revoked_at = now() WHERE id_hash = $1', [previousSession]);
      return this.sessions.start(manager, member.id, client.userAgent);
    });
    return { member, secret };
  }

  /** Always answers the same way, whether or not the address is registered. */
  async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
    const account = normaliseEmail(email);
    await this.attempts.consume('reset', account, client.address);
    const deliver = await this.dataSource.transaction(async (manager) => {
      const member = await manager.findOneBy(MemberEntity, { emailNormalized: account });
      if (!member) return undefined;
      const token = await this.tokens.issue(manager, member.id, 'RESET_PASSWORD');
      return this.emailMember(manager, member, {
        kind: 'reset-password',
        displayName: member.displayName,
        link: this.link('/reset-password', token),
      });
    });
    await deliver?.();
  }

  async resetPassword(input: ResetPasswordInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const memberId = await this.tokens.consume(manager, input.token, 'RESET_PASSWORD', 'input.token');
      const member = await manager.findOneByOrFail(MemberEntity, { id: memberId });
      // A weak choice rolls the transaction back, so the link still works for a better one.
      this.strength.assertAcceptable(
        input.password,
        [member.email, member.displayName],
        'input.password',
        member.locale,
      );
      await this.replacePassword(manager, member, input.password);
      // Following the emailed link proves the address too.
      if (!member.emailVerifiedAt) await this.markEmailVerified(manager, member);
      await this.events.append(manager, { memberId, type: 'PASSWORD_RESET' });
    });
  }

  /** Ends every session of the member, then starts one for this browser; returns its secret. */
  async changePassword(actor: Actor, input: ChangePasswordInput, client: ClientInfo): Promise<string> {
    const member = await this.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: actor.id });
    if (!(await this.hasher.verify(member.passwordHash, input.currentPassword))) {
      throw new CodedError(
        'INVALID_CREDENTIALS',
        'The current password is incorrect.',
        'input.currentPassword',
      );
    }
    this.strength.assertAcceptable(
      input.newPassword,
      [member.email, member.displayName],
      'input.newPassword',
      member.locale,
    );
    return this.dataSource.transaction(async (manager) => {
      await this.replacePassword(manager, member, input.newPassword);
      await this.events.append(manager, { memberId: member.id, type: 'PASSWORD_CHANGED' });
      return this.sessions.start(manager, member.id, client.userAgent);
    });
  }

  async updateProfile(actor: Actor, input: UpdateProfileInput): Promise<MemberEntity> {
    return this.dataSource.transaction(async (manager) => {
      const member = await manager.findOneByOrFail(MemberEntity, { id: actor.id });
      const changes: Partial<MemberEntity> = {};
      if (input.displayName !== undefined && input.displayName !== member.displayName)
        changes.displayName = input.displayName;
      if (input.locale !== undefined && input.locale !== member.locale) changes.locale = input.locale;
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

  async findMember(id: string): Promise<MemberEntity | null> {
    return this.dataSource.getRepository(MemberEntity).findOneBy({ id });
  }

  /** For the admin command and the demo data: an account whose email is already verified. */
  async createVerifiedMember(
    manager: EntityManager,
    input: NewMember,
    passwordHash?: string,
  ): Promise<MemberEntity> {
    const member = await manager.save(MemberEntity, {
      email: input.email,
      emailNormalized: normaliseEmail(input.email),
      displayName: input.displayName,
      locale: input.locale,
      role: input.role,
      status: 'ACTIVE',
      passwordHash: passwordHash ?? (await this.hasher.hash(input.password)),
      emailVerifiedAt: new Date(),
      suspendedReason: null,
    });
    await this.events.append(manager, {
      memberId: member.id,
      type: 'JOINED',
      details: { role: input.role, by: 'command' },
    });
    return member;
  }

  /** A confirmed address makes a PENDING account ACTIVE (a suspension stays in force). */
  private async markEmailVerified(manager: EntityManager, member: MemberEntity): Promise<void> {
    await manager.update(MemberEntity, member.id, {
      emailVerifiedAt: new Date(),
      ...(member.status === 'PENDING' ? { status: 'ACTIVE' as const } : {}),
    });
  }

  /** Records an account email in the member's language; returns its delivery, to run after commit. */
  private emailMember(
    manager: EntityManager,
    member: MemberEntity,
    email: AccountEmail,
  ): Promise<() => Promise<void>> {
    return this.mailer.queue(manager, member.email, member.locale, renderAccountEmail(email, member.locale));
  }

  private async replacePassword(
    manager: EntityManager,
    member: MemberEntity,
    password: string,
  ): Promise<void> {
    await manager.update(MemberEntity, member.id, { passwordHash: await this.hasher.hash(password) });
    await this.sessions.endAll(manager, member.id);
  }
}
