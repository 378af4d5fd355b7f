// A live view of the signed-in member over graphql-ws: sent at once, then every 30 seconds, so a client
// learns when its role or status changed. The WebSocket is authenticated by the same session cookie as
// HTTP, and the session is checked again for every subscription operation. When the client leaves, the
// wait in progress is cancelled (repeatEvery), so no timer or query stays behind.
import { Subscription, Resolver } from '@nestjs/graphql';
import { type Actor } from '@lovecando/identity-domain';
import { repeatEvery } from '@lovecando/shared-util';
import { CurrentActor, SignedIn } from '@lovecando/identity-access';
import { Member } from '../models/member.model.js';
import { MemberQueries } from '../queries/member-queries.js';
import { toMember } from './member.mapper.js';

const REFRESH_MS = 30_000;

@Resolver()
export class ViewerResolver {
  constructor(private readonly members: MemberQueries) {}

  @SignedIn()
  @Subscription(() => Member, { description: 'The signed-in member, now and every 30 seconds.' })
  viewer(@CurrentActor() actor: Actor): AsyncIterableIterator<{ viewer: Member }> {
    return repeatEvery(REFRESH_MS, async () => {
      const member = await this.members.findMember(actor.id);
      return member ? { viewer: toMember(member) } : undefined;
    });
  }
}
