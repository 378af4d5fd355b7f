// Members as the API returns them, for the page tests.
import { type ViewerQuery } from '@lovecando/shared-web-data';

export type MemberData = NonNullable<ViewerQuery['me']>;

export const member = (overrides: Partial<MemberData> = {}): MemberData => ({
  id: '6a1c1f0e-6f4e-4c55-9d2b-1f0e6a1c1f0e',
  displayName: 'Ada Lovelace',
  role: 'MEMBER',
  status: 'ACTIVE',
  locale: 'fr',
  createdAt: '2026-01-15T10:00:00.000Z',
  email: 'ada@example.org',
  emailVerifiedAt: '2026-01-15T10:05:00.000Z',
  suspendedReason: null,
  ...overrides,
});
