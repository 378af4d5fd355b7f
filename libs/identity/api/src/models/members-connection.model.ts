// Cursor pagination of the admin's member list (Relay-style connection).
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Member } from './member.model.js';

@ObjectType()
export class MemberEdge {
  @Field()
  cursor!: string;

  @Field(() => Member)
  node!: Member;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType()
export class MemberConnection {
  @Field(() => [MemberEdge])
  edges!: MemberEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Members matching the filter, all pages together.' })
  totalCount!: number;
}
