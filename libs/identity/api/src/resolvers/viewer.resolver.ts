// A live view of the signed-in member over graphql-ws: sent at once, then every 30 seconds, so a client
// learns when its role or status changed. The WebSocket is authenticated by the same session cookie as
// HTTP, and the session is checked again for every subscription operation.
import { Subscription, Resolver } from '@nestjs/graphql';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Actor } from '@lovecando/identity-domain';
import { CurrentActor, SignedIn } from '../auth/access.decorators.js';
import { Member } from '../models/member.model.js';
import { AccountService } from '../services/account.service.js';
import { toMember } from './member.mapper.js';

const REFRESH_MS = 30_000;

@Resolver()
export class ViewerResolver {
  constructor(private readonly accounts: AccountService) {}

  @SignedIn()
  @Subscription(() => Member, { description: 'The signed-in member, now and every 30 seconds.' })
  async *viewer(@CurrentActor() actor: Actor): AsyncGenerator<{ viewer: Member }> {
    for (;;) {
      const member = await this.accounts.findMember(actor.id);
      if (!member) return;
      yield { viewer: toMember(member) };
      await sleep(REFRESH_MS);
    }
  }
}
