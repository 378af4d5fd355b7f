// Sends email: every message is recorded in the outbox table (inside the use case's transaction); with
// SMTP_URL it is also delivered by nodemailer once the transaction has committed.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { type EntityManager } from 'typeorm';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { type Email } from './account-emails.js';

@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | undefined;

  constructor(@Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions) {
    this.transport = options.smtpUrl ? createTransport(options.smtpUrl) : undefined;
  }

  /** Records the message; returns a function that delivers it, to call after commit. */
  async queue(
    manager: EntityManager,
    to: string,
    language: string,
    email: Email,
  ): Promise<() => Promise<void>> {
    const message = await manager.save(OutboxMessageEntity, {
      toAddress: to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      locale: language,
      transport: this.transport ? 'smtp' : 'outbox',
      sentAt: null,
    });
    return async () => {
      if (!this.transport) return;
      try {
        await this.transport.sendMail({
          from: this.options.mailFrom,
          to,
          subject: email.subject,
          text: email.text,
          html: email.html,
        });
        await manager.connection
          .getRepository(OutboxMessageEntity)
          .update(message.id, { sentAt: new Date() });
      } catch (error) {
        this.logger.error({ err: error, messageId: message.id }, 'email delivery failed');
      }
    };
  }
}
