// A member as GraphQL clients see them. The email and the suspension reason are shown only to the member
// themself and to admins (see MemberResolver).
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type MemberStatus, type Role } from '@lovecando/identity-domain';
import { type Language } from '@lovecando/shared-util';
import { LanguageEnum, MemberRole, MemberStatusEnum } from './enums.js';

@ObjectType({ description: 'A member of the foundation.' })
export class Member {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => MemberRole)
  role!: Role;

  @Field(() => MemberStatusEnum)
  status!: MemberStatus;

  @Field(() => LanguageEnum, { description: 'Language of the emails and of the interface.' })
  locale!: Language;

  @Field()
  createdAt!: Date;

  /** Not a GraphQL field by itself: resolved with an access check. */
  email!: string;
  emailVerifiedAt!: Date | null;
  suspendedReason!: string | null;
}
