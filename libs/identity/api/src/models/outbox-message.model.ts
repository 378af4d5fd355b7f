// An email as the development outbox page shows it.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An email the platform sent (development outbox).' })
export class OutboxMessage {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field()
  html!: string;

  @Field()
  createdAt!: Date;
}
