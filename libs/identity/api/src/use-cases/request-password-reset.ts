// Ask for a password reset link. Answers at once and the same way whether or not the address is
// registered: the work is a job, enqueued in the use case's transaction, and an unknown address gets
// nothing.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction, JobQueue } from '@lovecando/shared-server';
import { MemberEntity } from '../entities/member.entity.js';
import { AccountMail } from '../services/account-mail.js';
import { AttemptLimits } from '../services/attempt-limits.service.js';
import { requestedAddress } from './command-fields.js';

export const SEND_PASSWORD_RESET = 'identity.send-password-reset';

export interface RequestPasswordResetCommand {
  email: string;
  /** The client's address, for the attempt limits. */
  address: string;
}

interface AddressedJob {
  email: string;
}

@Injectable()
export class RequestPasswordReset implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attempts: AttemptLimits,
    private readonly jobs: JobQueue,
    private readonly mail: AccountMail,
  ) {}

  onModuleInit(): void {
    this.jobs.register<AddressedJob>({ name: SEND_PASSWORD_RESET, handle: ({ email }) => this.send(email) });
  }

  async execute(command: RequestPasswordResetCommand): Promise<void> {
    const email = requestedAddress(command.email, 'email');
    await this.attempts.consume('reset', email, command.address);
    await inTransaction(this.dataSource, (transaction) =>
      this.jobs.enqueue<AddressedJob>(transaction, SEND_PASSWORD_RESET, { email }),
    );
  }

  /** The job: a registered address gets a one-hour link; an unknown one, nothing. */
  private async send(email: string): Promise<void> {
    await inTransaction(this.dataSource, async (transaction) => {
      const member = await transaction.manager.findOneBy(MemberEntity, { emailNormalized: email });
      if (!member) return;
      await this.mail.sendLink(transaction, member, 'RESET_PASSWORD');
    });
  }
}
