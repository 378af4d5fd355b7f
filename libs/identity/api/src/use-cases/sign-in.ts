// Sign in: checks the password and starts a new session. A wrong email and a wrong password are refused
// alike and take as long; attempts are counted per account and per address, and a success forgives the
// account's earlier failures.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@lovecando/shared-server';
import { MemberEntity } from '../entities/member.entity.js';
import { AttemptLimits } from '../services/attempt-limits.service.js';
import { normaliseEmail } from '../services/email-address.js';
import { PasswordHasher } from '../services/password-hasher.service.js';
import { SessionService } from '../services/session.service.js';
import { type ClientInfo } from './client.js';
import { emailAddress, typedPassword } from './command-fields.js';
import { IdentityError } from '../identity.errors.js';

export interface SignInCommand {
  email: string;
  password: string;
  client: ClientInfo;
  /** The session this browser had before, ended so a session fixed before sign-in is worth nothing. */
  previousSessionHash?: string | undefined;
}

export interface SignInResult {
  member: MemberEntity;
  /** The new session's secret, for the cookie (only its hash is stored). */
  secret: string;
}

@Injectable()
export class SignIn {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attempts: AttemptLimits,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
  ) {}

  async execute(command: SignInCommand): Promise<SignInResult> {
    const account = normaliseEmail(emailAddress(command.email, 'input.email'));
    const password = typedPassword(command.password, 'input.password', { required: true });
    await this.attempts.consume('signIn', account, command.client.address);
    // Checked before the transaction: a flood of wrong passwords must not hold pool connections while
    // argon2 works. Nothing is written unless the password matches.
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ emailNormalized: account });
    if (!(await this.hasher.verify(member?.passwordHash, password)) || !member) {
      throw new IdentityError('INVALID_CREDENTIALS', 'The email or the password is incorrect.');
    }
    await this.attempts.forgive(account);
    const secret = await inTransaction(this.dataSource, async ({ manager }) => {
      // A new session id at every sign-in: a session fixed before sign-in is worth nothing after it.
      if (command.previousSessionHash) await this.sessions.endOne(manager, command.previousSessionHash);
      return this.sessions.start(manager, member.id, command.client.userAgent);
    });
    return { member, secret };
  }
}
