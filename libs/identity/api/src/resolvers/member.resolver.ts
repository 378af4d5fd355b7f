// Fields of Member that only the member themself and admins may see.
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { mayRead, type Actor } from '@lovecando/identity-domain';
import { CurrentActor, Public } from '@lovecando/identity-access';
import { Member } from '../models/member.model.js';

@Resolver(() => Member)
export class MemberResolver {
  @Public()
  @ResolveField(() => String, { nullable: true, description: 'Visible to the member and to admins.' })
  email(@Parent() member: Member, @CurrentActor() actor: Actor | undefined): string | null {
    return mayRead(actor, member.id) ? member.email : null;
  }

  @Public()
  @ResolveField(() => Date, { nullable: true, description: 'Visible to the member and to admins.' })
  emailVerifiedAt(@Parent() member: Member, @CurrentActor() actor: Actor | undefined): Date | null {
    return mayRead(actor, member.id) ? member.emailVerifiedAt : null;
  }

  @Public()
  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the member is suspended; visible to the member and to admins.',
  })
  suspendedReason(@Parent() member: Member, @CurrentActor() actor: Actor | undefined): string | null {
    return mayRead(actor, member.id) ? member.suspendedReason : null;
  }
}
