// The account emails of the use cases: rendered in the member's language, with links to the web app,
// recorded in the caller's transaction (the Mailer delivers them after commit).
import { Inject, Injectable } from '@nestjs/common';
import { type Transaction } from '@lovecando/shared-server';
import { type TokenPurpose } from '../entities/account-token.entity.js';
import { type MemberEntity } from '../entities/member.entity.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { renderAccountEmail, type AccountEmail } from '../mail/account-emails.js';
import { Mailer } from '../mail/mailer.service.js';
import { AccountTokens } from './account-tokens.service.js';

/** The email and the page of each kind of single-use link. */
const LINKS: Readonly<Record<TokenPurpose, { kind: 'verify-email' | 'reset-password'; path: string }>> = {
  VERIFY_EMAIL: { kind: 'verify-email', path: '/verify-email' },
  RESET_PASSWORD: { kind: 'reset-password', path: '/reset-password' },
};

@Injectable()
export class AccountMail {
  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly mailer: Mailer,
    private readonly tokens: AccountTokens,
  ) {}

  /**
   * Links carry their token in the fragment: browsers never send it to a server, so it stays out of
   * request logs and Referer headers (the page reads it and sends it in a POST body).
   */
  link(path: string, token?: string): string {
    const url = new URL(path, this.options.publicUrl);
    if (token) url.hash = `token=${token}`;
    return url.toString();
  }

  /** Issues a single-use link of this purpose and records the email that carries it, in the transaction. */
  async sendLink(transaction: Transaction, member: MemberEntity, purpose: TokenPurpose): Promise<void> {
    const token = await this.tokens.issue(transaction.manager, member.id, purpose);
    const { kind, path } = LINKS[purpose];
    await this.send(transaction, member, {
      kind,
      displayName: member.displayName,
      link: this.link(path, token),
    });
  }

  /** Records an account email in the member's language, delivered after commit. */
  send(transaction: Transaction, member: MemberEntity, email: AccountEmail): Promise<void> {
    return this.mailer.queue(
      transaction,
      member.email,
      member.locale,
      renderAccountEmail(email, member.locale),
    );
  }
}
