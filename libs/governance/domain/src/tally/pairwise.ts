// Pairwise preference counts for Schulze. d[i][j] = weight of ballots ranking i strictly above j.
// A ballot is a list of tiers (alternatives ranked equal); alternatives it leaves out are tied last, so
// they lose to every ranked one and gain nothing against each other. Two ways to count, same result:
// - sparse (most votes): a ballot ranking i counts for i against everyone, minus the alternatives ranked
//   at i's tier or above: O(k²) per ballot for k ranked, O(B·k² + n²) in all, whatever the number of
//   alternatives it leaves out;
// - dense (ballots ranking more than half of many alternatives): for each pair i < j, one pass over the
//   ballots' tiers laid out per alternative, comparing both ways at once in integers without branches,
//   four pairs per pass: O(B·n²/2), but sequential memory and about a third of the time of the sparse loop
//   when k is close to n (10,000 full rankings of 1,000 alternatives: 5·10⁹ comparisons).
// Totals are kept in one flat Float64Array n×n (exact integers to 2^53, so delegated weights cannot
// overflow); the dense path counts each block of ballots in 32-bit integers, which is why it is only taken
// when the total weight stays below 2^31.

/** Alternative ids ranked equal, best tier first. */
export type Ranking = readonly (readonly string[])[];

/** A ranking cast with a weight (e.g. aggregated identical ballots, or delegated weight). */
export interface WeightedRanking {
  readonly ranking: Ranking;
  readonly weight: number;
}

export type RankedBallot = Ranking | WeightedRanking;

export interface PairwiseCounts {
  readonly n: number;
  /** Row-major n×n, d[i * n + j]. */
  readonly d: Float64Array;
  /** Sum of ballot weights, empty ballots included (they count for turnout). */
  readonly turnout: number;
}

const rankingOf = (ballot: RankedBallot): Ranking =>
  Array.isArray(ballot) ? ballot : (ballot as WeightedRanking).ranking;

const weightOf = (ballot: RankedBallot, b: number): number => {
  const weight = Array.isArray(ballot) ? 1 : (ballot as WeightedRanking).weight;
  if (!Number.isSafeInteger(weight) || weight < 0) {
    throw new RangeError(`ballot ${b} has an invalid weight ${weight}`);
  }
  return weight;
};

const indexOf = (alternatives: readonly string[]): Map<string, number> => {
  const index = new Map<string, number>();
  alternatives.forEach((id, i) => index.set(id, i));
  return index;
};

const accumulateSparse = (
  alternatives: readonly string[],
  ballots: readonly RankedBallot[],
): PairwiseCounts => {
  const n = alternatives.length;
  const index = indexOf(alternatives);
  const d = new Float64Array(n * n);
  // tier[i] = tier number of alternative i in the current ballot; stamp avoids clearing it per ballot.
  const tier = new Int32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const ranked = new Int32Array(n);
  // rankedWeight[i] = weight of the ballots that rank i at all.
  const rankedWeight = new Float64Array(n);
  let turnout = 0;

  for (let b = 0; b < ballots.length; b += 1) {
    const ranking = rankingOf(ballots[b] as RankedBallot);
    const weight = weightOf(ballots[b] as RankedBallot, b);
    turnout += weight;
    let k = 0;
    for (let t = 0; t < ranking.length; t += 1) {
      const ids = ranking[t] as readonly string[];
      for (let x = 0; x < ids.length; x += 1) {
        const i = index.get(ids[x] as string);
        if (i === undefined) throw new RangeError(`ballot ${b} ranks unknown alternative ${ids[x]}`);
        if (stamp[i] === b) throw new RangeError(`ballot ${b} ranks ${ids[x]} twice`);
        stamp[i] = b;
        tier[i] = t;
        ranked[k] = i;
        k += 1;
      }
    }
    if (weight === 0) continue;
    // i beats every alternative except those ranked at its tier or above: count the ballot for all of
    // row i at once (rankedWeight) and take it back from those, which come first in `ranked`.
    for (let r = 0; r < k; r += 1) {
      const i = ranked[r] as number;
      const ti = tier[i] as number;
      const row = i * n;
      rankedWeight[i] = (rankedWeight[i] as number) + weight;
      for (let s = 0; s < k; s += 1) {
        const j = ranked[s] as number;
        if ((tier[j] as number) > ti) break;
        d[row + j] = (d[row + j] as number) - weight;
      }
    }
  }
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      d[i * n + j] = i === j ? 0 : (d[i * n + j] as number) + (rankedWeight[i] as number);
    }
  }
  return { n, d, turnout };
};

/** Tier of an alternative a ballot leaves out, below every real tier; differences stay within int32. */
const UNRANKED = 0xffff;
/** Ballots per block of the dense count: the block's tier table holds n × block int32 (≤ 16 MB). */
const denseBlock = (n: number): number => Math.max(256, Math.floor((1 << 20) / n));

const accumulateDense = (
  alternatives: readonly string[],
  ballots: readonly RankedBallot[],
): PairwiseCounts => {
  const n = alternatives.length;
  const index = indexOf(alternatives);
  const d = new Float64Array(n * n);
  const size = Math.min(denseBlock(n), ballots.length);
  // tiers[i * size + c]: tier of alternative i in the block's c-th ballot, one row per alternative so a
  // pair of alternatives is two sequential rows.
  const tiers = new Int32Array(n * size);
  const weights = new Int32Array(size);
  let turnout = 0;
  for (let start = 0; start < ballots.length; start += size) {
    const count = Math.min(size, ballots.length - start);
    tiers.fill(UNRANKED);
    weights.fill(0);
    for (let c = 0; c < count; c += 1) {
      const b = start + c;
      const ranking = rankingOf(ballots[b] as RankedBallot);
      const weight = weightOf(ballots[b] as RankedBallot, b);
      turnout += weight;
      weights[c] = weight;
      for (let t = 0; t < ranking.length; t += 1) {
        for (const id of ranking[t] as readonly string[]) {
          const i = index.get(id);
          if (i === undefined) throw new RangeError(`ballot ${b} ranks unknown alternative ${id}`);
          if (tiers[i * size + c] !== UNRANKED) throw new RangeError(`ballot ${b} ranks ${id} twice`);
          tiers[i * size + c] = t;
        }
      }
    }
    countPairsDense(n, size, tiers, weights, d);
  }
  return { n, d, turnout };
};

/**
 * For every pair i < j, adds to d[i][j] the weight of the block's ballots ranking i above j and to d[j][i]
 * the reverse. `(x - y) >> 31` is -1 exactly when x < y (tiers are below 2^16), so `w & mask` adds w or 0
 * without a branch to mispredict; four j at once reuse each load of i's tier.
 */
const countPairsDense = (
  n: number,
  size: number,
  tiers: Int32Array,
  weights: Int32Array,
  d: Float64Array,
): void => {
  for (let i = 0; i < n; i += 1) {
    const ri = i * size;
    let j = i + 1;
    for (; j + 3 < n; j += 4) {
      const r0 = j * size;
      const r1 = r0 + size;
      const r2 = r1 + size;
      const r3 = r2 + size;
      let a0 = 0,
        b0 = 0,
        a1 = 0,
        b1 = 0,
        a2 = 0,
        b2 = 0,
        a3 = 0,
        b3 = 0;
      for (let c = 0; c < size; c += 1) {
        const x = tiers[ri + c] as number;
        const w = weights[c] as number;
        const y0 = tiers[r0 + c] as number;
        const y1 = tiers[r1 + c] as number;
        const y2 = tiers[r2 + c] as number;
        const y3 = tiers[r3 + c] as number;
        a0 = (a0 + (w & ((x - y0) >> 31))) | 0;
        b0 = (b0 + (w & ((y0 - x) >> 31))) | 0;
        a1 = (a1 + (w & ((x - y1) >> 31))) | 0;
        b1 = (b1 + (w & ((y1 - x) >> 31))) | 0;
        a2 = (a2 + (w & ((x - y2) >> 31))) | 0;
        b2 = (b2 + (w & ((y2 - x) >> 31))) | 0;
        a3 = (a3 + (w & ((x - y3) >> 31))) | 0;
        b3 = (b3 + (w & ((y3 - x) >> 31))) | 0;
      }
      addPair(d, n, i, j, a0, b0);
      addPair(d, n, i, j + 1, a1, b1);
      addPair(d, n, i, j + 2, a2, b2);
      addPair(d, n, i, j + 3, a3, b3);
    }
    for (; j < n; j += 1) {
      const rj = j * size;
      let above = 0;
      let below = 0;
      for (let c = 0; c < size; c += 1) {
        const x = tiers[ri + c] as number;
        const y = tiers[rj + c] as number;
        const w = weights[c] as number;
        above = (above + (w & ((x - y) >> 31))) | 0;
        below = (below + (w & ((y - x) >> 31))) | 0;
      }
      addPair(d, n, i, j, above, below);
    }
  }
};

const addPair = (d: Float64Array, n: number, i: number, j: number, above: number, below: number): void => {
  d[i * n + j] = (d[i * n + j] as number) + above;
  d[j * n + i] = (d[j * n + i] as number) + below;
};

/** Below this many alternatives the dense way never pays. */
const DENSE_MIN_ALTERNATIVES = 32;
/** Largest total weight the dense path counts in 32-bit integers. */
const INT32_MAX = 0x7fffffff;

/**
 * Counts d[i][j] for the ballots, choosing the sparse or the dense way by the work each would do: the
 * dense one when there are enough alternatives and ballots rank more than half of them on average.
 */
export const accumulatePairwise = (
  alternatives: readonly string[],
  ballots: readonly RankedBallot[],
): PairwiseCounts => {
  const n = alternatives.length;
  // Few alternatives: the sparse way is cheap whatever the ballots, and the extra pass would cost more.
  if (n < DENSE_MIN_ALTERNATIVES || n >= UNRANKED) return accumulateSparse(alternatives, ballots);
  let ranked = 0;
  let weight = 0;
  for (let b = 0; b < ballots.length; b += 1) {
    const ballot = ballots[b] as RankedBallot;
    for (const tier of rankingOf(ballot)) ranked += tier.length;
    weight += weightOf(ballot, b);
  }
  const dense = 2 * ranked > ballots.length * n && weight <= INT32_MAX;
  return dense ? accumulateDense(alternatives, ballots) : accumulateSparse(alternatives, ballots);
};
