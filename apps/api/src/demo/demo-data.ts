// The demo data of `npm run demo` and `npm run seed:demo`: the first terms of use, one admin, 3 board
// members and 200 members, all with verified emails and the demo passwords listed in the README. Never in
// production; once there, seeding again changes nothing.
import { type DataSource } from 'typeorm';
import { type Role } from '@lovecando/identity-domain';
import { type Language } from '@lovecando/shared-util';
import {
  type CreateVerifiedMembers,
  MemberEntity,
  normaliseEmail,
  PasswordHasher,
} from '@lovecando/identity-api';
import { publishFirstTerms } from '@lovecando/terms-api';

export const DEMO_DOMAIN = 'demo.lovecando.org';
export const DEMO_PASSWORDS: Record<Role, string> = {
  ADMIN: 'LoveCanDo demo admin 2026',
  BOARD: 'LoveCanDo demo board 2026',
  MEMBER: 'LoveCanDo demo member 2026',
};

const FIRST_NAMES = [
  'Ada',
  'Alan',
  'Grace',
  'Hedy',
  'Katherine',
  'Linus',
  'Margaret',
  'Radia',
  'Tim',
  'Yasmine',
];
const LAST_NAMES = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Lamarr',
  'Johnson',
  'Torvalds',
  'Hamilton',
  'Perlman',
  'Berners-Lee',
  'Benali',
];

interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  locale: Language;
}

function demoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = [
    { email: `admin@${DEMO_DOMAIN}`, displayName: 'Admin Démo', role: 'ADMIN', locale: 'fr' },
  ];
  for (let n = 1; n <= 3; n += 1) {
    accounts.push({
      email: `board${n}@${DEMO_DOMAIN}`,
      displayName: `Board ${FIRST_NAMES[n]} ${LAST_NAMES[n]}`,
      role: 'BOARD',
      locale: n === 2 ? 'en' : 'fr',
    });
  }
  for (let n = 1; n <= 200; n += 1) {
    const first = FIRST_NAMES[n % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const id = String(n).padStart(3, '0');
    accounts.push({
      email: `member${id}@${DEMO_DOMAIN}`,
      displayName: `${first} ${last} ${id}`,
      role: 'MEMBER',
      locale: n % 3 === 0 ? 'en' : 'fr',
    });
  }
  return accounts;
}

export interface DemoSeedResult {
  created: number;
  termsPublished: boolean;
}

export async function seedDemoData(
  environment: string,
  dataSource: DataSource,
  createMembers: CreateVerifiedMembers,
): Promise<DemoSeedResult> {
  if (environment === 'production') throw new Error('demo data is never created when NODE_ENV=production');
  // The demo starts from the foundation's first terms of use (a new server publishes them too).
  const terms = await publishFirstTerms(dataSource.manager);
  const existing = await dataSource
    .getRepository(MemberEntity)
    .countBy({ emailNormalized: normaliseEmail(`admin@${DEMO_DOMAIN}`) });
  if (existing) return { created: 0, termsPublished: terms.created };
  const hasher = new PasswordHasher();
  const hashes = Object.fromEntries(
    await Promise.all(
      Object.entries(DEMO_PASSWORDS).map(async ([role, password]) => [role, await hasher.hash(password)]),
    ),
  ) as Record<Role, string>;
  const all = demoAccounts();
  // One transaction: the demo data is there entirely or not at all.
  await createMembers.execute({
    members: all.map((account) => ({ ...account, passwordHash: hashes[account.role] })),
  });
  return { created: all.length, termsPublished: terms.created };
}
