// Longest strictly increasing subsequence in O(n log n) (patience sorting). Used to find the largest set of
// kept articles that stayed in the same relative order, so that only the others count as moved.

/** Indexes into `values` of one longest strictly increasing subsequence, in order. */
export function longestIncreasingSubsequence(values: readonly number[]): number[] {
  // tails[k]: index of the smallest value that ends an increasing run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
  });
  const run: number[] = [];
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index] ?? -1) run.push(index);
  return run.reverse();
}
