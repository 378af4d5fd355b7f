// Translated names of member roles and statuses, shared by the header, the profile and the admin list.
import { type Language, type MemberRole, type MemberStatus } from '@lovecando/shared-web-data';
import { type TFunction } from 'i18next';

export const ROLES: readonly MemberRole[] = ['MEMBER', 'BOARD', 'ADMIN'];
export const STATUSES: readonly MemberStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED'];
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

export function roleLabel(role: MemberRole, t: TFunction<'identity'>): string {
  switch (role) {
    case 'MEMBER':
      return t('role.MEMBER');
    case 'BOARD':
      return t('role.BOARD');
    case 'ADMIN':
      return t('role.ADMIN');
  }
}

export function statusLabel(status: MemberStatus, t: TFunction<'identity'>): string {
  switch (status) {
    case 'PENDING':
      return t('status.PENDING');
    case 'ACTIVE':
      return t('status.ACTIVE');
    case 'SUSPENDED':
      return t('status.SUSPENDED');
  }
}

/** Language options, each named in its own language (an endonym) and marked with its tag. */
export const languageOptions = (t: TFunction<'identity'>) =>
  LANGUAGES.map((value) => ({
    value,
    label: value === 'fr' ? t('languages.fr') : t('languages.en'),
    lang: value,
  }));
