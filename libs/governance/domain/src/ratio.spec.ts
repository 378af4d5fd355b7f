// Thresholds are decided exactly for every safe integer: golden cases at the edge of 2^53, where a float
// cross-multiplication gets them wrong, and a property against a BigInt oracle.
import fc from 'fast-check';
import { DEFAULT_SETTINGS } from './process-settings.js';
import { compareProducts, exceeds, reaches, type Ratio } from './ratio.js';

const MAX = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991
/** The largest safe integer that 20 %, 30 %, 1/2, 2/3 and 3/4 all divide exactly. */
const ROUND = 9_007_199_254_740_900;
const r = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });
const { POLICY, TERMS, CHARTER } = DEFAULT_SETTINGS;

describe('exact thresholds', () => {
  // [part, whole, threshold, part/whole ≥ threshold, part/whole > threshold]. Every row marked † is one a
  // float cross-multiplication decides the other way.
  const golden: readonly [number, number, Ratio, boolean, boolean, string][] = [
    [1_801_439_850_948_198, MAX, POLICY.quorum, false, false, '† one member short of 20 %'],
    [1_801_439_850_948_199, MAX, POLICY.quorum, true, true, 'the first count over 20 %'],
    [1_801_439_850_948_180, ROUND, POLICY.quorum, true, false, 'exactly 20 %'],
    [1_801_439_850_948_179, ROUND, POLICY.quorum, false, false, 'just below exactly 20 %'],
    [2_702_159_776_422_296, 9_007_199_254_740_987, CHARTER.quorum, false, false, '† just below 30 %'],
    [2_702_159_776_422_298, MAX, CHARTER.quorum, true, true, 'just above 30 %'],
    [2_702_159_776_422_270, ROUND, CHARTER.quorum, true, false, 'exactly 30 %'],
    [6_004_799_503_160_659, 9_007_199_254_740_988, TERMS.adoption, true, true, '† just above 2/3'],
    [6_004_799_503_160_657, 9_007_199_254_740_986, TERMS.adoption, false, false, '† just below 2/3'],
    [6_004_799_503_160_600, ROUND, TERMS.adoption, true, false, 'exactly 2/3 does not pass'],
    [6_004_799_503_160_601, ROUND, TERMS.adoption, true, true, 'one more than 2/3 passes'],
    [4_503_599_627_370_450, ROUND, POLICY.adoption, true, false, 'exactly one half'],
    [4_503_599_627_370_496, MAX, POLICY.adoption, true, true, 'just over one half'],
    [6_755_399_441_055_743, MAX, CHARTER.adoption, false, false, '† just below 3/4'],
    [6_755_399_441_055_742, 9_007_199_254_740_989, CHARTER.adoption, true, true, '† just above 3/4'],
    [450_359_962_737_047, 9_007_199_254_740_941, r(5, 100), false, false, '† just below 5 %'],
    [MAX, MAX, r(MAX, MAX), true, false, 'all of the largest electorate against a threshold of 1'],
    [MAX - 1, MAX, r(MAX - 1, MAX), true, false, 'a threshold made of the largest numbers'],
    [MAX - 2, MAX, r(MAX - 1, MAX), false, false, 'one below a threshold made of the largest numbers'],
  ];

  it.each(golden)('%d of %d against %o: reaches %s, exceeds %s (%s)', (part, whole, t, reached, exceeded) => {
    expect(reaches(part, whole, t)).toBe(reached);
    expect(exceeds(part, whole, t)).toBe(exceeded);
  });

  it('decide "more than" strictly and exactly: 2 of 3 is not more than two thirds', () => {
    const twoThirds = TERMS.adoption;
    expect(exceeds(2, 3, twoThirds)).toBe(false);
    expect(exceeds(200_000, 300_000, twoThirds)).toBe(false);
    expect(exceeds(200_001, 300_000, twoThirds)).toBe(true);
  });

  it('decide quorum inclusively: 20 of 100 reaches 20 %', () => {
    expect(reaches(20, 100, POLICY.quorum)).toBe(true);
    expect(reaches(19, 100, POLICY.quorum)).toBe(false);
    expect(reaches(241, 1_204, POLICY.quorum)).toBe(true);
    expect(reaches(240, 1_204, POLICY.quorum)).toBe(false);
  });

  it('refuse what is not a share of whole numbers or not a positive fraction', () => {
    expect(() => reaches(0.5, 10, POLICY.quorum)).toThrow(RangeError);
    expect(() => reaches(1, MAX + 1, POLICY.quorum)).toThrow(RangeError);
    expect(() => exceeds(-1, 10, POLICY.adoption)).toThrow(RangeError);
    expect(() => exceeds(1, 10, r(0, 100))).toThrow(RangeError);
    expect(() => reaches(1, 10, r(1, 0))).toThrow(RangeError);
    expect(() => reaches(1, 10, r(0.2, 1))).toThrow(RangeError);
  });

  describe('agree with a BigInt oracle up to Number.MAX_SAFE_INTEGER', () => {
    const big = fc.oneof(fc.integer({ min: 0, max: MAX }), fc.integer({ min: MAX - 1_000_000, max: MAX }));
    const threshold = fc.oneof(
      fc.constantFrom(POLICY.quorum, CHARTER.quorum, POLICY.adoption, TERMS.adoption, CHARTER.adoption),
      fc.record({
        numerator: fc.integer({ min: 1, max: 1_000 }),
        denominator: fc.integer({ min: 1, max: 1_000 }),
      }),
      fc.record({
        numerator: fc.integer({ min: 1, max: MAX }),
        denominator: fc.integer({ min: 1, max: MAX }),
      }),
    );
    // Random parts almost never land where floats go wrong, so most cases sit within a few units of the
    // exact boundary whole · numerator / denominator.
    const share = fc
      .tuple(big, threshold, fc.integer({ min: -3, max: 3 }), big)
      .map(([whole, t, offset, anywhere]) => {
        const boundary = (BigInt(whole) * BigInt(t.numerator)) / BigInt(t.denominator) + BigInt(offset);
        const near = boundary < 0n ? 0n : boundary > BigInt(MAX) ? BigInt(MAX) : boundary;
        return { part: offset === 3 ? anywhere : Number(near), whole, t };
      });

    it('reaches and exceeds', () => {
      fc.assert(
        fc.property(share, ({ part, whole, t }) => {
          const left = BigInt(part) * BigInt(t.denominator);
          const right = BigInt(whole) * BigInt(t.numerator);
          expect(reaches(part, whole, t)).toBe(left >= right);
          expect(exceeds(part, whole, t)).toBe(left > right);
        }),
        { numRuns: 2_000 },
      );
    });

    it('compareProducts', () => {
      fc.assert(
        fc.property(big, big, big, big, (a, b, c, d) => {
          const left = BigInt(a) * BigInt(b);
          const right = BigInt(c) * BigInt(d);
          expect(compareProducts(a, b, c, d)).toBe(left < right ? -1 : left > right ? 1 : 0);
        }),
        { numRuns: 2_000 },
      );
    });
  });
});
