// Ask for a new confirmation link. Answers at once and the same way whether or not the address is
// registered: the work is a job, enqueued in the use case's transaction, and only an account still
// waiting for its address gets an email.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction, JobQueue } from '@lovecando/shared-server';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountMail } from '../services/account-mail.js';
import { AttemptLimits } from '../services/attempt-limits.service.js';
import { requestedAddress } from './command-fields.js';

export const SEND_VERIFICATION = 'identity.send-verification';

export interface RequestVerificationEmailCommand {
  email: string;
  /** The client's address, for the attempt limits. */
  address: string;
}

interface AddressedJob {
  email: string;
}

@Injectable()
export class RequestVerificationEmail implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attempts: AttemptLimits,
    private readonly jobs: JobQueue,
    private readonly mail: AccountMail,
  ) {}

  onModuleInit(): void {
    this.jobs.register<AddressedJob>({ name: SEND_VERIFICATION, handle: ({ email }) => this.send(email) });
  }

  async execute(command: RequestVerificationEmailCommand): Promise<void> {
    const email = requestedAddress(command.email, 'email');
    await this.attempts.consume('verification', email, command.address);
    await inTransaction(this.dataSource, (transaction) =>
      this.jobs.enqueue<AddressedJob>(transaction, SEND_VERIFICATION, { email }),
    );
  }

  /** The job: only an account still waiting for its address gets a link; anyone else, nothing. */
  private async send(email: string): Promise<void> {
    await inTransaction(this.dataSource, async (transaction) => {
      const member = await transaction.manager.findOneBy(MemberEntity, { emailNormalized: email });
      if (!member || member.emailVerifiedAt) return;
      await this.mail.sendLink(transaction, member, 'VERIFY_EMAIL');
    });
  }
}
