import { DEFAULT_SETTINGS } from './process-settings.js';

describe('process settings', () => {
  it('carry the default thresholds of docs/domain/governance.md', () => {
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
});
