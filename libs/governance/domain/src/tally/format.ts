// Number rendering for the explanation steps, in French and English. Written by hand rather than with
// Intl.NumberFormat so a published result reads the same in every runtime (ICU data differs between
// Node builds and browsers), and so percentages are truncated in integers: a turnout shown as "20.0 %"
// never hides 19.96 %, and a value just above a strict threshold gets more decimals until it visibly
// differs from the threshold.
import type { Ratio } from '../process-settings.js';

export type Lang = 'fr' | 'en';

/** French groups thousands with a narrow no-break space (U+202F), as Intl's fr locale does. */
const FR_GROUP = '\u202f';
/** The space before "%" (both languages) and before ":" (French) must not break a line. */
export const NBSP = '\u00a0';

const MAX_DECIMALS = 4;

export const formatInt = (value: number, lang: Lang): string => {
  const digits = Math.abs(Math.trunc(value)).toString();
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return (value < 0 ? '-' : '') + groups.join(lang === 'fr' ? FR_GROUP : ',');
};

/** `scaled / 10^decimals`, rendered with the language's decimal mark. */
const formatScaled = (scaled: number, decimals: number, lang: Lang): string => {
  const factor = 10 ** decimals;
  const whole = formatInt(Math.floor(scaled / factor), lang);
  if (decimals === 0) return whole;
  const fraction = (scaled % factor).toString().padStart(decimals, '0');
  return whole + (lang === 'fr' ? ',' : '.') + fraction;
};

/**
 * part / whole as a percentage, truncated (never rounded up past a threshold it does not reach). Starts
 * with one decimal and adds decimals while the shown value equals `threshold` but the exact one does not.
 */
export const formatShare = (part: number, whole: number, lang: Lang, threshold?: Ratio): string => {
  if (whole === 0) return `0${NBSP}%`;
  let decimals = 1;
  let scaled = Math.floor((part * 10 ** (decimals + 2)) / whole);
  while (
    threshold !== undefined &&
    decimals < MAX_DECIMALS &&
    scaled * threshold.denominator === threshold.numerator * 10 ** (decimals + 2) &&
    part * threshold.denominator !== whole * threshold.numerator
  ) {
    decimals += 1;
    scaled = Math.floor((part * 10 ** (decimals + 2)) / whole);
  }
  return `${formatScaled(scaled, decimals, lang)}${NBSP}%`;
};

/** A threshold as people say it: "20 %" when it is a whole-ish percentage, otherwise "2/3". */
export const formatRatio = (ratio: Ratio, lang: Lang): string => {
  for (let decimals = 0; decimals <= 2; decimals += 1) {
    const scaled = (ratio.numerator * 100 * 10 ** decimals) / ratio.denominator;
    if (Number.isInteger(scaled)) return `${formatScaled(scaled, decimals, lang)}${NBSP}%`;
  }
  return `${ratio.numerator}/${ratio.denominator}`;
};
