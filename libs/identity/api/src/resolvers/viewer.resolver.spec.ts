// The viewer subscription ends at once when the client leaves: no 30-second wait, no query after it.
import { type Actor } from '@lovecando/identity-domain';
import { type MemberEntity } from '../entities/member.entity.js';
import { type MemberQueries } from '../queries/member-queries.js';
import { ViewerResolver } from './viewer.resolver.js';

const row = {
  id: 'm-1',
  email: 'ada@example.org',
  displayName: 'Ada',
  locale: 'fr',
  role: 'MEMBER',
  status: 'ACTIVE',
  createdAt: new Date('2026-11-01T00:00:00Z'),
} as unknown as MemberEntity;

describe('ViewerResolver.viewer', () => {
  it('sends the member, then stops waiting and querying as soon as the client unsubscribes', async () => {
    let queries = 0;
    const members = {
      findMember: () => {
        queries += 1;
        return Promise.resolve(row);
      },
    } as unknown as MemberQueries;
    const updates = new ViewerResolver(members).viewer({ id: 'm-1' } as Actor);

    const first = await updates.next();
    expect(first.value).toMatchObject({ viewer: { id: 'm-1', displayName: 'Ada' } });
    // The generator now waits 30 s for the next refresh; the client leaves during that wait.
    const pending = updates.next();
    const started = Date.now();
    await expect(updates.return?.(undefined)).resolves.toEqual({ done: true, value: undefined });
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(queries).toBe(1);
  });
});
