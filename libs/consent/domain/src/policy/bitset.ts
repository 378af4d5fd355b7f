// Fixed-width bitsets over clause indexes, packed in Uint32 words: matching a request is four ANDs of a few
// words, with no string work and no allocation.
export const wordsFor = (bits: number): number => Math.max(1, Math.ceil(bits / 32));

export function setBit(table: Uint32Array, row: number, words: number, bit: number): void {
  const index = row * words + (bit >>> 5);
  table[index] = (table[index] ?? 0) | (1 << (bit & 31));
}
