// The development mailbox: lists the latest emails so a new user can follow a verification link without
// a mail server. Answers NOT_FOUND in production.
import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CodedError } from '@lovecando/shared-util';
import { Public } from '../auth/access.decorators.js';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { OutboxMessage } from '../models/outbox-message.model.js';

@Resolver()
export class DevOutboxResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Public()
  @Query(() => [OutboxMessage], { description: 'Development only: the latest emails sent.' })
  async devOutbox(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<OutboxMessage[]> {
    if (this.options.production) throw new CodedError('NOT_FOUND', 'The outbox exists only in development.');
    const rows = await this.dataSource
      .getRepository(OutboxMessageEntity)
      .find({ order: { createdAt: 'DESC' }, take: Math.min(Math.max(first, 1), 100) });
    return rows.map((row) => ({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      createdAt: row.createdAt,
    }));
  }
}
