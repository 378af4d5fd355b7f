// Number rendering for the explanation steps, in French and English. Written by hand rather than with
// Intl.NumberFormat so a published result reads the same in every runtime (ICU data differs between
// Node builds and browsers), and so percentages are truncated in integers: a turnout shown as "20.0 %"
// never hides 19.96 %, and a value just above a strict threshold gets more decimals until it visibly
// differs from the threshold.
import { type Lang } from '@lovecando/shared-util';
import { compareProducts, type Ratio } from '../ratio.js';

/** French groups thousands with a narrow no-break space (U+202F), as Intl's fr locale does. */
const FR_GROUP = '\u202f';
/** The space before "%" (both languages) and before ":" (French) must not break a line. */
export const NBSP = '\u00a0';

const MAX_DECIMALS = 4;

/** A string of decimal digits with the language's thousands separator. */
const groupDigits = (digits: string, lang: Lang): string => {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(lang === 'fr' ? FR_GROUP : ',');
};

export const formatInt = (value: number, lang: Lang): string =>
  (value < 0 ? '-' : '') + groupDigits(Math.abs(Math.trunc(value)).toString(), lang);

/** `scaled / 10^decimals` (scaled ≥ 0), rendered with the language's decimal mark. */
const formatScaled = (scaled: bigint, decimals: number, lang: Lang): string => {
  const factor = 10n ** BigInt(decimals);
  const whole = groupDigits((scaled / factor).toString(), lang);
  if (decimals === 0) return whole;
  const fraction = (scaled % factor).toString().padStart(decimals, '0');
  return whole + (lang === 'fr' ? ',' : '.') + fraction;
};

/** floor(part · 100 · 10^decimals / whole): the percentage with `decimals` decimals, truncated. */
const truncatedPercent = (part: number, whole: number, decimals: number): bigint =>
  (BigInt(part) * 10n ** BigInt(decimals + 2)) / BigInt(whole);

/**
 * part / whole (whole numbers) as a percentage, truncated (never rounded up past a threshold it does not
 * reach). Starts with one decimal and adds decimals while the shown value equals `threshold` but the exact
 * one does not. Computed in BigInt like the decisions themselves (ratio.ts): with counts near 2^53 a float
 * percentage could show "20.0 %" for a share just below a 20 % quorum.
 */
export const formatShare = (part: number, whole: number, lang: Lang, threshold?: Ratio): string => {
  if (whole === 0) return `0${NBSP}%`;
  let decimals = 1;
  let scaled = truncatedPercent(part, whole, decimals);
  while (
    threshold !== undefined &&
    decimals < MAX_DECIMALS &&
    scaled * BigInt(threshold.denominator) === BigInt(threshold.numerator) * 10n ** BigInt(decimals + 2) &&
    compareProducts(part, threshold.denominator, whole, threshold.numerator) !== 0
  ) {
    decimals += 1;
    scaled = truncatedPercent(part, whole, decimals);
  }
  return `${formatScaled(scaled, decimals, lang)}${NBSP}%`;
};

/** A threshold as people say it: "20 %" when it is a whole-ish percentage, otherwise "2/3". */
export const formatRatio = (ratio: Ratio, lang: Lang): string => {
  const numerator = BigInt(ratio.numerator);
  const denominator = BigInt(ratio.denominator);
  for (let decimals = 0; decimals <= 2; decimals += 1) {
    const scaled = numerator * 100n * 10n ** BigInt(decimals);
    if (scaled % denominator === 0n) return `${formatScaled(scaled / denominator, decimals, lang)}${NBSP}%`;
  }
  return `${ratio.numerator}/${ratio.denominator}`;
};
