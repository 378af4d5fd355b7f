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

  it('does not repeat across two generators loaded apart and minting at the same time', async () => {
    const other = await otherProcess();
    expect(other).not.toBe(newDecisionId);
    const here: string[] = [];
    const there: string[] = [];
    for (let n = 0; n < 50_000; n += 1) {
      here.push(newDecisionId());
      there.push(other());
    }
    const all = new Set([...here, ...there]);
    expect(all.size).toBe(here.length + there.length);
    // Same milliseconds on both sides, yet nothing in common: the random seed and tail keep them apart.
    const millisecondsHere = new Set(here.map(timestampOf));
    expect(millisecondsHere.size).toBeLessThan(here.length);
    expect(there.some((id) => millisecondsHere.has(timestampOf(id)))).toBe(true);
  });
});
