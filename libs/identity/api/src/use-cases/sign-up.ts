// Sign up: creates a PENDING account and emails a confirmation link. Always answers the same way; an
// address already registered gets an email saying so instead (at most one a day), so the answer never
// tells whether an address is registered.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { type Language } from '@lovecando/shared-util';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountEvents } from '../services/account-events.service.js';
import { AccountMail } from '../services/account-mail.js';
import { AttemptLimits } from '../services/attempt-limits.service.js';
import { normaliseEmail } from '../services/email-address.js';
import { PasswordHasher } from '../services/password-hasher.service.js';
import { PasswordStrength } from '../services/password-strength.service.js';
import { displayName, emailAddress, typedPassword } from './command-fields.js';

export interface SignUpCommand {
  email: string;
  displayName: string;
  password: string;
  locale: Language;
  /** The client's address, for the sign-up limits. */
  address: string;
}

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === UNIQUE_VIOLATION;

@Injectable()
export class SignUp {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly strength: PasswordStrength,
    private readonly attempts: AttemptLimits,
    private readonly events: AccountEvents,
    private readonly mail: AccountMail,
  ) {}

  async execute(command: SignUpCommand): Promise<void> {
    const email = emailAddress(command.email, 'input.email');
    const name = displayName(command.displayName, 'input.displayName');
    const password = typedPassword(command.password, 'input.password');
    const { locale } = command;
    // Under a flood the sign-up lane is full, or the address has used its sign-ups: refuse before the
    // strength check, which costs tens of milliseconds of the main thread.
    this.hasher.assertRoom('sign-up');
    await this.attempts.consumeSignUp('address', command.address);
    this.strength.assertAcceptable(password, [email, name], 'input.password', locale);
    await this.attempts.consumeSignUp('email', normaliseEmail(email));
    // Hashed before the transaction: a connection is not held while argon2 works.
    const passwordHash = await this.hasher.hash(password, 'sign-up');
    await inTransaction(this.dataSource, async (transaction) => {
      try {
        // A savepoint: a taken address rolls back only the new account, not the transaction.
        await transaction.manager.transaction(async (inner) => {
          const member = await inner.save(MemberEntity, {
            email,
            emailNormalized: normaliseEmail(email),
            displayName: name,
            locale,
            role: 'MEMBER',
            status: 'PENDING',
            passwordHash,
            emailVerifiedAt: null,
            suspendedReason: null,
          });
          await this.events.append(inner, { memberId: member.id, type: 'JOINED', details: { locale } });
          await this.mail.sendLink({ ...transaction, manager: inner }, member, 'VERIFY_EMAIL');
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const existing = await transaction.manager.findOneByOrFail(MemberEntity, {
          emailNormalized: normaliseEmail(email),
        });
        // One such email a day at most: repeated sign-ups must not flood the owner's mailbox.
        if (!(await this.attempts.mayNotifyAlreadyRegistered(existing.id))) return;
        await this.mail.send(transaction, existing, {
          kind: 'already-registered',
          displayName: existing.displayName,
          signInLink: this.mail.link('/sign-in'),
          resetLink: this.mail.link('/forgot-password'),
        });
      }
    });
  }
}
