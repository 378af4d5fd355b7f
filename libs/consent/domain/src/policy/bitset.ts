// Fixed-width bitsets over clause indexes, packed in Uint32 words: matching a request is four ANDs of a few
// words, with no string work and no allocation.
export const wordsFor = (bits: number): number => Math.max(1, Math.ceil(bits / 32));

export function setBit(table: Uint32Array, row: number, words: number, bit: number): void {
  const index = row * words + (bit >>> 5);
  table[index] = (table[index] ?? 0) | (1 << (bit & 31));
}

/** Calls `visit` with each set bit of (a[rowA] & b[rowB] & c[rowC] & d[rowD] & mask), lowest first. */
export function forEachCommonBit(
  words: number,
  a: Uint32Array,
  rowA: number,
  b: Uint32Array,
  rowB: number,
  c: Uint32Array,
  rowC: number,
  d: Uint32Array,
  rowD: number,
  visit: (bit: number) => void,
): void {
  const offsetA = rowA * words;
  const offsetB = rowB * words;
  const offsetC = rowC * words;
  const offsetD = rowD * words;
  for (let word = 0; word < words; word += 1) {
    let bits = a[offsetA + word]! & b[offsetB + word]! & c[offsetC + word]! & d[offsetD + word]!;
    while (bits !== 0) {
      const low = bits & -bits;
      visit((word << 5) + 31 - Math.clz32(low));
      bits ^= low;
    }
  }
}
