// Test helper for the syllable specs: word lists written as "word count, word count, …" so long
// reference lists stay readable.

export type WordList = readonly (readonly [string, number])[];

/** "table 2, the 1" → [['table', 2], ['the', 1]]. Throws on a malformed entry: it is a test's own data. */
export function parseWordList(list: string): WordList {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const match = /^(\S+)\s+(\d+)$/.exec(entry);
      if (match?.[1] === undefined || match[2] === undefined) throw new Error(`Malformed entry: ${entry}`);
      return [match[1], Number(match[2])] as const;
    });
}
