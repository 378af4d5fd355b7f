// The signed-in member edits their profile. Maps the GraphQL input to the use case's command and its
// result to the model, nothing more.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor } from '@lovecando/identity-domain';
import { ActiveMember, CurrentActor } from '@lovecando/identity-access';
import { UpdateProfileInput } from '../inputs/account.inputs.js';
import { Member } from '../models/member.model.js';
import { UpdateProfile } from '../use-cases/update-profile.js';
import { toMember } from './member.mapper.js';

@Resolver()
export class ProfileResolver {
  constructor(private readonly updateProfileUseCase: UpdateProfile) {}

  @ActiveMember()
  @Mutation(() => Member)
  async updateProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentActor() actor: Actor,
  ): Promise<Member> {
    const member = await this.updateProfileUseCase.execute({
      memberId: actor.id,
      // A null in GraphQL means "leave it as it is", like an absent field.
      displayName: input.displayName ?? undefined,
      locale: input.locale ?? undefined,
    });
    return toMember(member);
  }
}
