// CreateVerifiedMembers on real PostgreSQL: operator-made members are ACTIVE with a confirmed address
// and their history says so; one command creates all of its members or none.
import { verify } from '@node-rs/argon2';
import { refusalOf } from '@lovecando/shared-testing';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { CreateVerifiedMembers } from './create-verified-members.js';

let test: IdentityTest;
let create: CreateVerifiedMembers;

beforeAll(async () => {
  test = await identityTestModule('create_verified_members');
  create = test.get(CreateVerifiedMembers);
});
afterAll(() => test.close());

describe('CreateVerifiedMembers', () => {
  it('creates ACTIVE members with confirmed addresses, hashing a password or taking a hash', async () => {
    const [admin, board] = await create.execute({
      members: [
        {
          email: 'Root@Example.org',
          displayName: 'Root',
          locale: 'fr',
          role: 'ADMIN',
          password: 'one-time password 42',
        },
        {
          email: 'board@example.org',
          displayName: 'Board',
          locale: 'en',
          role: 'BOARD',
          passwordHash: (await test.members.add()).passwordHash,
        },
      ],
    });

    expect(await test.members.reload(admin!.id)).toMatchObject({
      emailNormalized: 'root@example.org',
      role: 'ADMIN',
      status: 'ACTIVE',
      emailVerifiedAt: expect.any(Date) as Date,
    });
    expect(await verify(admin!.passwordHash, 'one-time password 42')).toBe(true);
    expect(await test.events(board!.id)).toEqual([
      { type: 'JOINED', actorId: null, details: { role: 'BOARD', by: 'command' } },
    ]);
  });

  it('creates none of the members when one of them cannot be created', async () => {
    const taken = await test.members.add();
    const before = await test.state();
    const hash = taken.passwordHash;

    await expect(
      create.execute({
        members: [
          {
            email: 'fresh@example.org',
            displayName: 'Fresh',
            locale: 'en',
            role: 'MEMBER',
            passwordHash: hash,
          },
          { email: taken.email, displayName: 'Again', locale: 'en', role: 'MEMBER', passwordHash: hash },
        ],
      }),
    ).rejects.toThrow(/member_email_normalized_key/);
    await expect(
      refusalOf(
        create.execute({
          members: [
            { email: 'not an address', displayName: 'X', locale: 'en', role: 'MEMBER', passwordHash: hash },
          ],
        }),
      ),
    ).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'members[0].email' });
    expect(await test.state()).toEqual(before);
  });
});
