// Decision ids: valid UUIDv7 (RFC 9562), unique and increasing within a process, carrying the time they
// were minted, and unique across two copies of the generator loaded apart, as two processes would.
import { validate, version } from 'uuid';
import { newDecisionId } from './decision-id.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The 48-bit Unix millisecond timestamp at the front of a UUIDv7. */
const timestampOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

/** A second copy of the module, with its own pool and counter, as in another process. */
async function otherProcess(): Promise<() => string> {
  let mint: (() => string) | undefined;
  await jest.isolateModulesAsync(async () => {
    mint = (await import('./decision-id.js')).newDecisionId;
  });
  if (!mint) throw new Error('the module did not load');
  return mint;
}

describe('newDecisionId', () => {
  it('mints valid version 7 UUIDs carrying the time they were minted', () => {
    const before = Date.now();
    const id = newDecisionId();
    const after = Date.now();
    expect(id).toMatch(V7);
    expect(validate(id)).toBe(true);
    expect(version(id)).toBe(7);
    expect(timestampOf(id)).toBeGreaterThanOrEqual(before);
    expect(timestampOf(id)).toBeLessThanOrEqual(after);
  });

  it('never repeats, and each id sorts after the one before, over 200,000 ids (several per millisecond)', () => {
    const ids = Array.from({ length: 200_000 }, newDecisionId);
    expect(new Set(ids).size).toBe(ids.length);
    for (let n = 1; n < ids.length; n += 1) if (!(ids[n - 1]! < ids[n]!)) throw new Error(`order at ${n}`);
    expect(ids.every((id) => V7.test(id))).toBe(true);
  });

  describe('with the clock held still or stepped back', () => {
    afterEach(() => jest.restoreAllMocks());

    it('keeps counting within one millisecond, and after the clock steps back', () => {
      const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2030, 0, 1));
      const still = Array.from({ length: 10_000 }, newDecisionId);
      clock.mockReturnValue(Date.UTC(2029, 11, 31));
      const back = Array.from({ length: 10_000 }, newDecisionId);
      const ids = [...still, ...back];
      expect(new Set(ids).size).toBe(ids.length);
      for (let n = 1; n < ids.length; n += 1) if (!(ids[n - 1]! < ids[n]!)) throw new Error(`order at ${n}`);
      // The time in the ids never goes back with the clock.
      expect(timestampOf(back.at(-1)!)).toBeGreaterThanOrEqual(Date.UTC(2030, 0, 1));
    });

    it('does not repeat across two generators loaded apart, minting in the same millisecond', async () => {
      const other = await otherProcess();
      expect(other).not.toBe(newDecisionId);
      jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2030, 6, 1));
      const here = Array.from({ length: 50_000 }, newDecisionId);
      const there = Array.from({ length: 50_000 }, other);
      expect(new Set([...here, ...there]).size).toBe(here.length + there.length);
      expect(new Set([...here, ...there].map(timestampOf))).toEqual(new Set([Date.UTC(2030, 6, 1)]));
    });
  });
});
