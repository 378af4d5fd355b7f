// Pairwise preference counts for Schulze. d[i][j] = weight of ballots ranking i strictly above j.
// A ballot is a list of tiers (alternatives ranked equal); alternatives it leaves out are tied last, so
// they lose to every ranked one and gain nothing against each other. Per ballot the cost is
// O(k·n) for k ranked alternatives (each ranked one beats every alternative in a later tier or unranked),
// hence O(B·k·n) ⊆ O(B·n²) in total, accumulated in one flat Float64Array n×n (exact integers to 2^53,
// so delegated weights cannot overflow as they could in an Int32Array).

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

export const accumulatePairwise = (
  alternatives: readonly string[],
  ballots: readonly RankedBallot[],
): PairwiseCounts => {
  const n = alternatives.length;
  const index = new Map<string, number>();
  alternatives.forEach((id, i) => index.set(id, i));
  const d = new Float64Array(n * n);
  // tier[i] = tier number of alternative i in the current ballot; stamp avoids clearing it per ballot.
  const tier = new Int32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const ranked = new Int32Array(n);
  let turnout = 0;

  for (let b = 0; b < ballots.length; b += 1) {
    const ballot = ballots[b] as RankedBallot;
    const ranking: Ranking = Array.isArray(ballot) ? ballot : (ballot as WeightedRanking).ranking;
    const weight = Array.isArray(ballot) ? 1 : (ballot as WeightedRanking).weight;
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`ballot ${b} has an invalid weight ${weight}`);
    }
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
    for (let r = 0; r < k; r += 1) {
      const i = ranked[r] as number;
      const ti = tier[i] as number;
      const row = i * n;
      for (let j = 0; j < n; j += 1) {
        // j beaten by i: j unranked in this ballot, or ranked in a later tier.
        if (stamp[j] !== b || (tier[j] as number) > ti) d[row + j] = (d[row + j] as number) + weight;
      }
    }
  }
  return { n, d, turnout };
};
