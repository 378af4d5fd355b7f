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

type ViewerUpdates = AsyncIterableIterator<{ viewer: Member }>;

@Resolver()
export class ViewerResolver {
  constructor(private readonly accounts: AccountService) {}

  @SignedIn()
  @Subscription(() => Member, { description: 'The signed-in member, now and every 30 seconds.' })
  viewer(@CurrentActor() actor: Actor): ViewerUpdates {
    // When the client unsubscribes or disconnects, graphql-ws calls return(): the wait in progress is
    // cancelled at once, rather than leaving a 30-second timer and one more query behind every closed
    // subscription (which also kept a stopping server's event loop busy).
    const stop = new AbortController();
    const updates = this.updates(actor.id, stop.signal);
    return {
      next: () => updates.next(),
      return: (value?: unknown) => {
        stop.abort();
        return updates.return(value);
      },
      throw: (error?: unknown) => {
        stop.abort();
        return updates.throw(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private async *updates(memberId: string, signal: AbortSignal): AsyncGenerator<{ viewer: Member }> {
    while (!signal.aborted) {
      const member = await this.accounts.findMember(memberId);
      if (!member) return;
      yield { viewer: toMember(member) };
      try {
        await sleep(REFRESH_MS, undefined, { signal });
      } catch {
        return; // aborted: the subscription ended
      }
    }
  }
}
