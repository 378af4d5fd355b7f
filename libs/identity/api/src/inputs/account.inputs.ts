// Inputs of the account operations, validated at the edge (class-validator). The use cases check the
// same rules again on their plain commands (use-cases/command-fields.ts), with the same codes and fields,
// and judge password strength and uniqueness.
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { LANGUAGES, type Language } from '@lovecando/shared-util';
import { ROLES, STATUSES, type MemberStatus, type Role } from '@lovecando/identity-domain';
import { LanguageEnum, MemberRole, MemberStatusEnum } from '../models/enums.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// Control characters have no place in a name and are a classic log- and header-injection vector.
const PRINTABLE = /^[^\p{Cc}\p{Cf}]*$/u;

@InputType()
export class SignUpInput {
  @Field()
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email!: string;

  @Field()
  @Transform(trim)
  @Length(1, 80, { message: 'must be 1 to 80 characters' })
  @Matches(PRINTABLE, { message: 'must not contain control characters' })
  displayName!: string;

  @Field()
  @IsString()
  @MaxLength(1024, { message: 'is too long' })
  password!: string;

  @Field(() => LanguageEnum, { defaultValue: 'fr' })
  @IsIn(LANGUAGES, { message: 'must be fr or en' })
  locale!: Language;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(1024, { message: 'is too long' })
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @Length(20, 200, { message: 'is not a valid token' })
  token!: string;

  @Field()
  @IsString()
  @MaxLength(1024, { message: 'is too long' })
  password!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @Length(1, 80, { message: 'must be 1 to 80 characters' })
  @Matches(PRINTABLE, { message: 'must not contain control characters' })
  displayName?: string;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'must be fr or en' })
  locale?: Language;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(1024, { message: 'is too long' })
  currentPassword!: string;

  @Field()
  @IsString()
  @MaxLength(1024, { message: 'is too long' })
  newPassword!: string;
}

@InputType()
export class MemberFilter {
  @Field(() => MemberRole, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => MemberStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(STATUSES)
  status?: MemberStatus;

  @Field({ nullable: true, description: 'Part of the name or email, case-insensitive.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(100, { message: 'must be at most 100 characters' })
  text?: string;
}

@InputType()
export class SetMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a member id' })
  memberId!: string;

  @Field(() => MemberRole)
  @IsIn(ROLES)
  role!: Role;
}

@InputType()
export class SuspendMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a member id' })
  memberId!: string;

  @Field({ description: 'Shown to the member; required.' })
  @Transform(trim)
  @Length(3, 500, { message: 'must be 3 to 500 characters' })
  reason!: string;
}
