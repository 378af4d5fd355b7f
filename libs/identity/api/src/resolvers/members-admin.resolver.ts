// Admin operations on members, and the account history (admins, or the member themself).
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { mayRead, type Actor } from '@lovecando/identity-domain';
import { CodedError } from '@lovecando/shared-util';
import { CurrentActor, Roles, SignedIn } from '@lovecando/identity-access';
import { MemberFilter, SetMemberRoleInput, SuspendMemberInput } from '../inputs/account.inputs.js';
import { AccountEvent } from '../models/account-event.model.js';
import { Member } from '../models/member.model.js';
import { MemberConnection } from '../models/members-connection.model.js';
import { MembersAdminService } from '../services/members-admin.service.js';
import { toMember } from './member.mapper.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function assertMemberId(id: string, field: string): void {
  if (!UUID.test(id)) throw new CodedError('BAD_USER_INPUT', `${field} must be a member id`, field);
}

@Resolver()
export class MembersAdminResolver {
  constructor(private readonly admin: MembersAdminService) {}

  @Roles('ADMIN')
  @Query(() => MemberConnection, { description: 'Members, newest first, filtered by role, status and text.' })
  async members(
    // Typed without `| undefined` so the emitted metadata names the class and the input is validated.
    @Args('filter', { type: () => MemberFilter, nullable: true }) filter: MemberFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
  ): Promise<MemberConnection> {
    const page = await this.admin.list(filter, first, after ?? undefined);
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
    return toMember(await this.admin.setRole(actor, input.memberId, input.role));
  }

  @Roles('ADMIN')
  @Mutation(() => Member, {
    description: 'Suspends with a reason shown to the member, and ends their sessions.',
  })
  async suspendMember(
    @Args('input') input: SuspendMemberInput,
    @CurrentActor() actor: Actor,
  ): Promise<Member> {
    return toMember(await this.admin.suspend(actor, input.memberId, input.reason));
  }

  @Roles('ADMIN')
  @Mutation(() => Member)
  async reinstateMember(
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Member> {
    assertMemberId(memberId, 'memberId');
    return toMember(await this.admin.reinstate(actor, memberId));
  }

  @SignedIn()
  @Query(() => [AccountEvent], {
    description: 'The account history of a member: admins, or the member themself.',
  })
  async accountEvents(
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentActor() actor: Actor,
  ): Promise<AccountEvent[]> {
    assertMemberId(memberId, 'memberId');
    if (!mayRead(actor, memberId))
      throw new CodedError('FORBIDDEN', 'You may only read your own account history.');
    const events = await this.admin.history(memberId);
    return events.map((event) => ({ ...event, details: JSON.stringify(event.details) }));
  }
}
