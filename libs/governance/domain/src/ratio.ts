// Exact comparison of a share with a threshold (quorum, support, adoption, the majority against the status
// quo). Every count the library accepts is a safe integer (at most 2^53 − 1) and so is each side of a
// threshold, so a cross-multiplication can reach 2^106: far past what a float holds exactly (above 2^53
// two different products can round to the same double, and "19.99… %" would meet a 20 % quorum). We chose
// to decide exactly for every safe integer rather than refuse large inputs: the common case multiplies in
// floats, which is exact whenever both products stay at or below Number.MAX_SAFE_INTEGER (rounding is
// monotonic, so a true product of 2^53 or more never rounds below 2^53); anything larger is redone in
// BigInt. That fallback runs a handful of times per tally, never per ballot, so the counting loops keep
// their speed. The independent recount compares in BigInt throughout; both must agree on every file.

/** numerator / denominator, both positive safe integers. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

/** A threshold must be a positive fraction of safe integers, as the tally file format requires. */
export const assertRatio = (ratio: Ratio, what: string): void => {
  const { numerator, denominator } = ratio;
  if (
    !Number.isSafeInteger(numerator) ||
    numerator <= 0 ||
    !Number.isSafeInteger(denominator) ||
    denominator <= 0
  ) {
    throw new RangeError(
      `${what} must be a fraction of positive whole numbers, got ${numerator}/${denominator}`,
    );
  }
};

const assertShare = (part: number, whole: number, threshold: Ratio): void => {
  if (!Number.isSafeInteger(part) || part < 0 || !Number.isSafeInteger(whole) || whole < 0) {
    throw new RangeError(`a share must be of non-negative whole numbers, got ${part}/${whole}`);
  }
  assertRatio(threshold, 'a threshold');
};

/** Sign of a·b − c·d for non-negative safe integers, exactly. */
export const compareProducts = (a: number, b: number, c: number, d: number): -1 | 0 | 1 => {
  const left = a * b;
  const right = c * d;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const exactLeft = BigInt(a) * BigInt(b);
  const exactRight = BigInt(c) * BigInt(d);
  return exactLeft < exactRight ? -1 : exactLeft > exactRight ? 1 : 0;
};

/** part / whole > threshold, exactly (strict: a share equal to the threshold does not exceed it). */
export const exceeds = (part: number, whole: number, threshold: Ratio): boolean => {
  assertShare(part, whole, threshold);
  return compareProducts(part, threshold.denominator, whole, threshold.numerator) > 0;
};

/** part / whole ≥ threshold, exactly (inclusive). */
export const reaches = (part: number, whole: number, threshold: Ratio): boolean => {
  assertShare(part, whole, threshold);
  return compareProducts(part, threshold.denominator, whole, threshold.numerator) >= 0;
};
