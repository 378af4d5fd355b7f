import { passwordProblem, type EstimateStrength } from './password-policy.js';

const strong: EstimateStrength = () => ({ score: 4, warning: null, suggestions: [] });
const weak: EstimateStrength = () => ({
  score: 1,
  warning: 'This is a very common password.',
  suggestions: ['Add words'],
});

describe('passwordProblem', () => {
  it('accepts 12 to 128 characters that are hard to guess, with no composition rules', () => {
    expect(passwordProblem('correct horse battery', [], strong)).toBeUndefined();
    expect(passwordProblem('a'.repeat(128), [], strong)).toBeUndefined();
  });

  it('refuses fewer than 12 characters, counting emoji as one', () => {
    expect(passwordProblem('short pass!', [], strong)).toEqual({ code: 'PASSWORD_TOO_SHORT', min: 12 });
    expect(passwordProblem('🔒'.repeat(11), [], strong)).toEqual({ code: 'PASSWORD_TOO_SHORT', min: 12 });
    expect(passwordProblem('🔒'.repeat(12), [], strong)).toBeUndefined();
  });

  it('refuses more than 128 characters', () => {
    expect(passwordProblem('a'.repeat(129), [], strong)).toEqual({ code: 'PASSWORD_TOO_LONG', max: 128 });
  });

  it('refuses a guessable password with the estimator’s advice', () => {
    expect(passwordProblem('password1234', [], weak)).toEqual({
      code: 'PASSWORD_TOO_WEAK',
      warning: 'This is a very common password.',
      suggestions: ['Add words'],
    });
  });

  it('gives the account’s own details to the estimator', () => {
    const seen: string[][] = [];
    passwordProblem('long enough passphrase', ['ada@example.org', 'Ada'], (_, inputs) => {
      seen.push([...inputs]);
      return { score: 4, warning: null, suggestions: [] };
    });
    expect(seen).toEqual([['ada@example.org', 'Ada']]);
  });
});
