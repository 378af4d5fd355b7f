// Password rules after NIST SP 800-63B and OWASP: 12 to 128 characters, no composition rules, and
// refused when it is common or guessable from the account's own details. The strength estimate itself is
// injected (zxcvbn in production), so this rule stays pure and testable.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn score (0–4) a password must reach. 3: "safely unguessable: moderate protection". */
export const PASSWORD_MIN_SCORE = 3;

export interface StrengthEstimate {
  score: number;
  warning: string | null;
  suggestions: readonly string[];
}

export type PasswordProblem =
  | { code: 'PASSWORD_TOO_SHORT'; min: number }
  | { code: 'PASSWORD_TOO_LONG'; max: number }
  | { code: 'PASSWORD_TOO_WEAK'; warning: string | null; suggestions: readonly string[] };

export type EstimateStrength = (password: string, userInputs: readonly string[]) => StrengthEstimate;

/** Length counts characters as people see them (code points), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

export function passwordProblem(
  password: string,
  userInputs: readonly string[],
  estimate: EstimateStrength,
): PasswordProblem | undefined {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return { code: 'PASSWORD_TOO_SHORT', min: PASSWORD_MIN_LENGTH };
  if (length > PASSWORD_MAX_LENGTH) return { code: 'PASSWORD_TOO_LONG', max: PASSWORD_MAX_LENGTH };
  const strength = estimate(password, userInputs);
  if (strength.score < PASSWORD_MIN_SCORE) {
    return { code: 'PASSWORD_TOO_WEAK', warning: strength.warning, suggestions: strength.suggestions };
  }
  return undefined;
}
