// The account emails of the use cases: rendered in the member's language, with links to the web app,
// recorded in the caller's transaction (the Mailer delivers them after commit).
import { Inject, Injectable } from '@nestjs/common';
import { type Transaction } from '@lovecando/shared-server';
import { type MemberEntity } from '../entities/member.entity.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { renderAccountEmail, type AccountEmail } from '../mail/account-emails.js';
import { Mailer } from '../mail/mailer.service.js';

@Injectable()
export class AccountMail {
  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly mailer: Mailer,
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
