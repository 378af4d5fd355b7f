// Admin operations on members, and the account history (admins, or the member themself). Maps the
// GraphQL arguments to the use cases' commands and their results to the models, nothing more.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor } from '@lovecando/identity-domain';
import { CurrentActor, Roles, SignedIn } from '@lovecando/identity-access';
import { MemberFilter, SetMemberRoleInput, SuspendMemberInput } from '../inputs/account.inputs.js';
import { AccountEvent } from '../models/account-event.model.js';
import { Member } from '../models/member.model.js';
import { MemberConnection } from '../models/members-connection.model.js';
import { MemberQueries } from '../queries/member-queries.js';
import { ReinstateMember } from '../use-cases/reinstate-member.js';
import { SetMemberRole } from '../use-cases/set-member-role.js';
import { SuspendMember } from '../use-cases/suspend-member.js';
import { toMember } from './member.mapper.js';

@Resolver()
export class MembersAdminResolver {
  constructor(
    private readonly queries: MemberQueries,
    private readonly setRole: SetMemberRole,
    private readonly suspend: SuspendMember,
    private readonly reinstate: ReinstateMember,
  ) {}

  @Roles('ADMIN')
  @Query(() => MemberConnection, { description: 'Members, newest first, filtered by role, status and text.' })
  async members(
    // Typed without `| undefined` so the emitted metadata names the class and the input is validated.
    @Args('filter', { type: () => MemberFilter, nullable: true }) filter: MemberFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
  ): Promise<MemberConnection> {
    const page = await this.queries.list(filter, first, after ?? undefined);
    return {
      edges: page.members.map(({ cursor, member }) => ({ cursor, node: toMember(member) })),
      pageInfo: { endCursor: page.members.at(-1)?.cursor ?? null, hasNextPage: page.hasNextPage },
      totalCount: page.totalCount,
    };
  }

  @Roles('ADMIN')
  @Mutation(() => Member)
  async setMemberRole(
    @Args('input') input: SetMemberRoleInput,
    @CurrentActor() actor: Actor,
  ): Promise<Member> {
    return toMember(
      await this.setRole.execute({ actorId: actor.id, memberId: input.memberId, role: input.role }),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Member, {
    description: 'Suspends with a reason shown to the member, and ends their sessions.',
  })
  async suspendMember(
    @Args('input') input: SuspendMemberInput,
    @CurrentActor() actor: Actor,
  ): Promise<Member> {
    return toMember(
      await this.suspend.execute({ actorId: actor.id, memberId: input.memberId, reason: input.reason }),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Member)
  async reinstateMember(
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Member> {
    return toMember(await this.reinstate.execute({ actorId: actor.id, memberId }));
  }

  @SignedIn()
  @Query(() => [AccountEvent], {
    description: 'The account history of a member: admins, or the member themself.',
  })
  async accountEvents(
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentActor() actor: Actor,
  ): Promise<AccountEvent[]> {
    const events = await this.queries.history(actor, memberId);
    return events.map((event) => ({ ...event, details: JSON.stringify(event.details) }));
  }
}
