// One entry of a member's account history.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One entry of the append-only account history.' })
export class AccountEvent {
  @Field(() => ID)
  id!: string;

  @Field({
    description:
      'JOINED, EMAIL_VERIFIED, PROFILE_UPDATED, PASSWORD_CHANGED, PASSWORD_RESET, ROLE_CHANGED, SUSPENDED or REINSTATED.',
  })
  type!: string;

  @Field(() => ID, { nullable: true, description: 'Who did it, when not the member themself.' })
  actorId!: string | null;

  @Field({ description: 'Event details as JSON, e.g. {"from":"MEMBER","to":"BOARD"}.' })
  details!: string;

  @Field()
  occurredAt!: Date;
}
