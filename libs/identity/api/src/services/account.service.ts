// The account use cases: sign up, verify, sign in and out, reset and change the password, edit the
// profile. Each runs in one transaction; errors never tell whether an email is registered. The two
// that a stranger may aim at someone else's address (a password reset, a new verification email) answer
// at once and do their work in a job, so their answer takes the same time whether or not the address
// is registered.
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CodedError, type Language } from '@lovecando/shared-util';
import { inTransaction, JobQueue, type Transaction } from '@lovecando/shared-server';
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

/** Jobs of the account use cases (see the header comment). */
export const SEND_PASSWORD_RESET = 'identity.send-password-reset';
export const SEND_VERIFICATION = 'identity.send-verification';

interface AddressedJob {
  email: string;
}

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
export class AccountService implements OnModuleInit {
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
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<AddressedJob>({
      name: SEND_PASSWORD_RESET,
      handle: ({ email }) => this.sendPasswordReset(email),
    });
    this.jobs.register<AddressedJob>({
      name: SEND_VERIFICATION,
      handle: ({ email }) => this.sendVerification(email),
    });
  }

  /**
   * Links carry their token in the fragment: browsers never send it to a server, so it stays out of
   * request logs and Referer headers (the page reads it and sends it in a POST body).
   */
  private link(path: string, token?: string): string {
    const url = new URL(path, this.options.publicUrl);
    if (token) url.hash = `token=${token}`;
    return url.toString();
  }

  /** Always answers the same way; an already registered address gets an email saying so instead. */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<void> {
    // Under a flood the sign-up lane is full, or the address has used its sign-ups: refuse before the
    // strength check, which costs tens of milliseconds of the main thread.
    this.hasher.assertRoom('sign-up');
    await this.attempts.consumeSignUp('address', client.address);
    this.strength.assertAcceptable(
      input.password,
      [input.email, input.displayName],
      'input.password',
      input.locale,
    );
    await this.attempts.consumeSignUp('email', normaliseEmail(input.email));
    const passwordHash = await this.hasher.hash(input.password, 'sign-up');
    await inTransaction(this.dataSource, async (transaction) => {
      try {
        await transaction.manager.transaction(async (inner) => {
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
          await this.emailMember({ ...transaction, manager: inner }, member, {
            kind: 'verify-email',
            displayName: member.displayName,
            link: this.link('/verify-email', token),
          });
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const existing = await transaction.manager.findOneByOrFail(MemberEntity, {
          emailNormalized: normaliseEmail(input.email),
        });
        // One such email a day at most: repeated sign-ups must not flood the owner's mailbox.
        if (!(await this.attempts.mayNotifyAlreadyRegistered(existing.id))) return;
        await this.emailMember(transaction, existing, {
          kind: 'already-registered',
          displayName: existing.displayName,
          signInLink: this.link('/sign-in'),
          resetLink: this.link('/forgot-password'),
        });
      }
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await inTransaction(this.dataSource, async ({ manager }) => {
      const memberId = await this.tokens.consume(manager, token, 'VERIFY_EMAIL', 'token');
      const member = await manager.findOneByOrFail(MemberEntity, { id: memberId });
      if (member.emailVerifiedAt) return;
      await this.markEmailVerified(manager, member);
      await this.events.append(manager, { memberId, type: 'EMAIL_VERIFIED' });
    });
  }

  /** Always answers the same way and at once; a PENDING account gets a new confirmation link. */
  async requestVerificationEmail(email: string, client: ClientInfo): Promise<void> {
    const account = normaliseEmail(email);
    await this.attempts.consume('verification', account, client.address);
    await inTransaction(this.dataSource, (transaction) =>
      this.jobs.enqueue<AddressedJob>(transaction, SEND_VERIFICATION, { email: account }),
    );
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
    const secret = await inTransaction(this.dataSource, async ({ manager }) => {
      // A new session id at every sign-in: a session fixed before sign-in is worth nothing after it.
      if (previousSession) await this.sessions.endOne(manager, previousSession);
      return this.sessions.start(manager, member.id, client.userAgent);
    });
    return { member, secret };
  }

  /** Always answers the same way and at once, whether or not the address is registered. */
  async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
    const account = normaliseEmail(email);
    await this.attempts.consume('reset', account, client.address);
    await inTransaction(this.dataSource, (transaction) =>
      this.jobs.enqueue<AddressedJob>(transaction, SEND_PASSWORD_RESET, { email: account }),
    );
  }

  /** Whether a reset link can still be used, without using it (the page asks before showing the form). */
  async isResetTokenUsable(token: string, client: ClientInfo): Promise<boolean> {
    await this.attempts.consumeTokenCheck(client.address);
    return this.tokens.isUsable(this.dataSource.manager, token, 'RESET_PASSWORD');
  }

  async resetPassword(input: ResetPasswordInput): Promise<void> {
    await inTransaction(this.dataSource, async ({ manager }) => {
      const memberId = await this.tokens.consume(manager, input.token, 'RESET_PASSWORD', 'input.token');
      const member = await manager.findOneOrFail(MemberEntity, {
        where: { id: memberId },
        lock: { mode: 'pessimistic_write' },
      });
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
    return inTransaction(this.dataSource, async ({ manager }) => {
      // Locked, so two changes at once cannot both pass the check against the old password.
      const member = await manager.findOneOrFail(MemberEntity, {
        where: { id: actor.id },
        lock: { mode: 'pessimistic_write' },
      });
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
      await this.replacePassword(manager, member, input.newPassword);
      await this.events.append(manager, { memberId: member.id, type: 'PASSWORD_CHANGED' });
      return this.sessions.start(manager, member.id, client.userAgent);
    });
  }

  async updateProfile(actor: Actor, input: UpdateProfileInput): Promise<MemberEntity> {
    return inTransaction(this.dataSource, async ({ manager }) => {
      const member = await manager.findOneOrFail(MemberEntity, {
        where: { id: actor.id },
        lock: { mode: 'pessimistic_write' },
      });
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

  /** The job behind requestPasswordReset: an unknown address gets nothing. */
  private async sendPasswordReset(email: string): Promise<void> {
    await inTransaction(this.dataSource, async (transaction) => {
      const member = await transaction.manager.findOneBy(MemberEntity, { emailNormalized: email });
      if (!member) return;
      const token = await this.tokens.issue(transaction.manager, member.id, 'RESET_PASSWORD');
      await this.emailMember(transaction, member, {
        kind: 'reset-password',
        displayName: member.displayName,
        link: this.link('/reset-password', token),
      });
    });
  }

  /** The job behind requestVerificationEmail: only an account still waiting for its address gets one. */
  private async sendVerification(email: string): Promise<void> {
    await inTransaction(this.dataSource, async (transaction) => {
      const member = await transaction.manager.findOneBy(MemberEntity, { emailNormalized: email });
      if (!member || member.emailVerifiedAt) return;
      const token = await this.tokens.issue(transaction.manager, member.id, 'VERIFY_EMAIL');
      await this.emailMember(transaction, member, {
        kind: 'verify-email',
        displayName: member.displayName,
        link: this.link('/verify-email', token),
      });
    });
  }

  /** A confirmed address makes a PENDING account ACTIVE (a suspension stays in force). */
  private async markEmailVerified(manager: EntityManager, member: MemberEntity): Promise<void> {
    await manager.update(MemberEntity, member.id, {
      emailVerifiedAt: new Date(),
      ...(member.status === 'PENDING' ? { status: 'ACTIVE' as const } : {}),
    });
  }

  /** Records an account email in the member's language, delivered after commit. */
  private emailMember(transaction: Transaction, member: MemberEntity, email: AccountEmail): Promise<void> {
    return this.mailer.queue(
      transaction,
      member.email,
      member.locale,
      renderAccountEmail(email, member.locale),
    );
  }

  /** A new password ends every session and every reset link still outstanding. */
  private async replacePassword(
    manager: EntityManager,
    member: MemberEntity,
    password: string,
  ): Promise<void> {
    await manager.update(MemberEntity, member.id, { passwordHash: await this.hasher.hash(password) });
    await this.tokens.revokeAll(manager, member.id, 'RESET_PASSWORD');
    await this.sessions.endAll(manager, member.id);
  }
}
