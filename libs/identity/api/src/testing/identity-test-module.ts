// The identity scope as the application wires it (IdentityModule on the server kit's job queue), on a
// database of its own with the identity migrations, for the use-case tests (*.int-spec.ts). Also members
// written straight into that database with one shared password hash, because argon2 takes a while and
// most tests need a member rather than a sign-up.
import {
  createTestModule,
  tableState,
  type ProviderOverride,
  type TestModule,
} from '@lovecando/shared-testing';
import { JobQueue, ServerModule, type ServerModuleOptions } from '@lovecando/shared-server';
import { type Language } from '@lovecando/shared-util';
import { type MemberStatus, type Role } from '@lovecando/identity-domain';
import { identityEntities } from '../entities/index.js';
import { MemberEntity } from '../entities/member.entity.js';
import { type IdentityOptions } from '../identity-options.js';
import { IdentityModule } from '../identity.module.js';
import { identityMigrations } from '../migrations/index.js';
import { normaliseEmail } from '../services/email-address.js';
import { PasswordHasher } from '../services/password-hasher.service.js';

export const TEST_IDENTITY_OPTIONS: IdentityOptions = {
  production: false,
  publicUrl: 'http://localhost:3000',
  mailFrom: 'LoveCanDo <no-reply@example.org>',
  // Test files sign up many members from one address; the limit itself has its own test.
  signUpsPerAddressPerHour: 100_000,
};

/** The password of every member added with `members.add`. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** The tables a refused identity use case must leave exactly as they were. */
export const IDENTITY_TABLES = ['member', 'session', 'account_token', 'account_event', 'outbox_message'];

export interface NewTestMember {
  email?: string;
  displayName?: string;
  locale?: Language;
  role?: Role;
  status?: MemberStatus;
  suspendedReason?: string;
  /** Whether the address is confirmed; by default, unless the member is PENDING. */
  verified?: boolean;
}

export interface IdentityTest extends TestModule {
  members: {
    /** A member written straight into the database, ACTIVE and verified unless told otherwise. */
    add(member?: NewTestMember): Promise<MemberEntity>;
    reload(id: string): Promise<MemberEntity>;
  };
  /** The member's account history, oldest first. */
  events(memberId: string): Promise<{ type: string; actorId: string | null; details: unknown }[]>;
  /** The emails recorded for this address, oldest first. */
  emailsTo(address: string): Promise<{ subject: string; text: string }[]>;
  /** What the identity tables hold, to compare before and after a refusal. */
  state(): Promise<Record<string, string>>;
  /** Waits until every job enqueued so far has run. */
  settle(): Promise<void>;
}

export interface IdentityTestOptions {
  identity?: Partial<IdentityOptions>;
  /** `off` by default: starting the job queue costs seconds, and only the use cases that enqueue need it. */
  jobs?: ServerModuleOptions['jobs'];
  overrides?: ProviderOverride[];
}

let sequence = 0;

export async function identityTestModule(
  label: string,
  { identity = {}, jobs = 'off', overrides = [] }: IdentityTestOptions = {},
): Promise<IdentityTest> {
  const test = await createTestModule({
    label,
    entities: identityEntities,
    migrations: [...identityMigrations],
    imports: [
      ServerModule.register({ jobs }),
      IdentityModule.register({ ...TEST_IDENTITY_OPTIONS, ...identity }),
    ],
    overrides,
  });
  let passwordHash: Promise<string> | undefined;
  const members = test.dataSource.getRepository(MemberEntity);
  return {
    ...test,
    members: {
      async add(member = {}) {
        passwordHash ??= test.get(PasswordHasher).hash(TEST_PASSWORD);
        const email = member.email ?? `${label}.${(sequence += 1)}@example.org`;
        const status = member.status ?? 'ACTIVE';
        return members.save({
          email,
          emailNormalized: normaliseEmail(email),
          displayName: member.displayName ?? `Member ${sequence}`,
          locale: member.locale ?? 'en',
          role: member.role ?? 'MEMBER',
          status,
          passwordHash: await passwordHash,
          emailVerifiedAt: (member.verified ?? status !== 'PENDING') ? new Date() : null,
          suspendedReason: status === 'SUSPENDED' ? (member.suspendedReason ?? 'A test suspension') : null,
        });
      },
      reload: (id) => members.findOneByOrFail({ id }),
    },
    events: (memberId) =>
      test.dataSource.query(
        'SELECT type, actor_id AS "actorId", details FROM account_event WHERE member_id = $1 ORDER BY id',
        [memberId],
      ),
    emailsTo: (address) =>
      test.dataSource.query(
        `SELECT subject, text_body AS text FROM outbox_message
          WHERE lower(to_address) = lower($1) ORDER BY created_at, id`,
        [address],
      ),
    state: () => tableState(test.dataSource, IDENTITY_TABLES),
    settle: () => test.get(JobQueue).drain(),
  };
}
