// GraphQL enums of the identity scope, registered once.
import { registerEnumType } from '@nestjs/graphql';
import { LANGUAGES, type Language } from '@lovecando/shared-util';
import { ROLES, STATUSES, type MemberStatus, type Role } from '@lovecando/identity-domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const MemberRole = asEnum<Role>(ROLES);
export const MemberStatusEnum = asEnum<MemberStatus>(STATUSES);
export const LanguageEnum = asEnum<Language>(LANGUAGES);

registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'MEMBER votes and proposes; BOARD also ratifies; ADMIN runs the instance.',
});
registerEnumType(MemberStatusEnum, {
  name: 'MemberStatus',
  description: 'PENDING: email not verified, read only. ACTIVE: full member. SUSPENDED: read only.',
});
registerEnumType(LanguageEnum, { name: 'Language', description: 'A language of the platform.' });
