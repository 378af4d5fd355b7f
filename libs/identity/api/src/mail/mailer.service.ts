// Sends email. Every message is recorded in the outbox table inside the use case's transaction; with
// SMTP_URL, a job delivers it after commit (retried with backoff when the mail server fails). Links carry
// one-time tokens: in production the stored copy loses them once delivered, and is stored without them
// when there is no mail server to deliver it. In development the outbox keeps them: it is the mailbox a
// newcomer reads on their own machine (served to local callers only).
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { JobQueue, type Transaction } from '@lovecando/shared-server';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { type Email } from './account-emails.js';
import { redactTokens } from './redact-links.js';

export const DELIVER_EMAIL = 'identity.deliver-email';

interface DeliverEmail {
  messageId: string;
}

@Injectable()
export class Mailer implements OnModuleInit {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | undefined;

  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {
    this.transport = options.smtpUrl ? createTransport(options.smtpUrl) : undefined;
  }

  onModuleInit(): void {
    this.jobs.register<DeliverEmail>({
      name: DELIVER_EMAIL,
      retryLimit: 8,
      retryDelaySeconds: 30,
      handle: ({ messageId }) => this.deliver(messageId),
    });
  }

  /** Records the message and, with a mail server, the job that delivers it after commit. */
  async queue(transaction: Transaction, to: string, language: string, email: Email): Promise<void> {
    // Production without a mail server: nothing will ever deliver it, so no copy keeps a usable link.
    const redactNow = this.options.production && !this.transport;
    const message = await transaction.manager.save(OutboxMessageEntity, {
      toAddress: to,
      subject: email.subject,
      textBody: redactNow ? redactTokens(email.text) : email.text,
      htmlBody: redactNow ? redactTokens(email.html) : email.html,
      locale: language,
      transport: this.transport ? 'smtp' : 'outbox',
      sentAt: null,
      redactedAt: redactNow ? new Date() : null,
    });
    if (this.transport) {
      await this.jobs.enqueue<DeliverEmail>(transaction, DELIVER_EMAIL, { messageId: message.id });
    }
  }

  /** Idempotent: a message already sent is not sent again when its job is retried. */
  private async deliver(messageId: string): Promise<void> {
    const repository = this.dataSource.getRepository(OutboxMessageEntity);
    const message = await repository.findOneBy({ id: messageId });
    if (!message || message.sentAt || !this.transport) return;
    try {
      await this.transport.sendMail({
        from: this.options.mailFrom,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
      });
    } catch (error) {
      // Logged without the body: it holds the link. The job is retried with backoff.
      this.logger.warn({ err: error, messageId }, 'email delivery failed; it will be retried');
      throw error;
    }
    const now = new Date();
    await repository.update(messageId, {
      sentAt: now,
      ...(this.options.production
        ? {
            textBody: redactTokens(message.textBody),
            htmlBody: redactTokens(message.htmlBody),
            redactedAt: now,
          }
        : {}),
    });
  }
}
