// The development mailbox: lists the latest emails so a new user can follow a verification link without
// a mail server. The emails hold working sign-in links, so they are shown only outside production and
// only to a caller on the machine the server runs on (not through a proxy): anyone else who reaches the
// port could otherwise reset any member's password and take the account.
import { Inject } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isLocalCaller } from '@lovecando/shared-server';
import { Public, type GraphqlContext } from '@lovecando/identity-access';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { OutboxMessage } from '../models/outbox-message.model.js';
import { IdentityError } from '../identity.errors.js';

@Resolver()
export class DevOutboxResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Public()
  @Query(() => [OutboxMessage], {
    description:
      'Development only, and only to a caller on the server’s own machine: the latest emails sent.',
  })
  async devOutbox(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Context() context: GraphqlContext,
  ): Promise<OutboxMessage[]> {
    if (this.options.production)
      throw new IdentityError('NOT_FOUND', 'The outbox exists only in development.');
    if (!context.req || !isLocalCaller(context.req)) {
      throw new IdentityError(
        'LOCAL_ONLY',
        'The outbox is shown only to a browser on the machine that runs the server.',
      );
    }
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
