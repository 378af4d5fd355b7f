import { DEFAULT_SETTINGS, exceeds, reaches } from './process-settings.js';

describe('process settings', () => {
  it('carry the default thresholds of DOMAIN.md', () => {
    expect(DEFAULT_SETTINGS.POLICY).toMatchObject({
      quorum: { numerator: 20, denominator: 100 },
      adoption: { numerator: 1, denominator: 2 },
      votingDays: 7,
    });
    expect(DEFAULT_SETTINGS.TERMS.adoption).toEqual({ numerator: 2, denominator: 3 });
    expect(DEFAULT_SETTINGS.CHARTER).toMatchObject({
      quorum: { numerator: 30, denominator: 100 },
      adoption: { numerator: 3, denominator: 4 },
      votingDays: 14,
      minDeliberationDays: 21,
    });
  });

  it('decide "more than" strictly and exactly: 2 of 3 is not more than two thirds', () => {
    const twoThirds = DEFAULT_SETTINGS.TERMS.adoption;
    expect(exceeds(2, 3, twoThirds)).toBe(false);
    expect(exceeds(200_000, 300_000, twoThirds)).toBe(false);
    expect(exceeds(200_001, 300_000, twoThirds)).toBe(true);
  });

  it('decide quorum inclusively: 20 of 100 reaches 20 %', () => {
    expect(reaches(20, 100, DEFAULT_SETTINGS.POLICY.quorum)).toBe(true);
    expect(reaches(19, 100, DEFAULT_SETTINGS.POLICY.quorum)).toBe(false);
    expect(reaches(241, 1_204, DEFAULT_SETTINGS.POLICY.quorum)).toBe(true);
    expect(reaches(240, 1_204, DEFAULT_SETTINGS.POLICY.quorum)).toBe(false);
  });
});
