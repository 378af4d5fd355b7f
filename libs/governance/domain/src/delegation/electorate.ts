// The frozen electorate with its member ids interned to 0..n-1. Interning a million ids is the costliest
// step of a resolution, and the electorate does not change once voting opens, so it is built once and
// reused for every resolution (each recount, each member asking for an explanation).

export class Electorate {
  readonly index: ReadonlyMap<string, number>;

  private constructor(
    readonly members: readonly string[],
    index: Map<string, number>,
  ) {
    this.index = index;
  }

  /** Duplicate ids are a data error: one member, one vote. */
  static of(members: readonly string[]): Electorate {
    const index = new Map<string, number>();
    for (let i = 0; i < members.length; i++) {
      const member = members[i]!;
      // One hash lookup per id: a duplicate shows as a map that did not grow.
      index.set(member, i);
      if (index.size !== i + 1) throw new Error(`Member ${member} appears twice in the electorate`);
    }
    return new Electorate(members, index);
  }

  get size(): number {
    return this.members.length;
  }

  /**
   * Marks direct voters. With a set, only its entries are looked up (voters are usually far fewer than
   * members); ids outside the electorate are ignored, as they cannot vote on this proposal.
   */
  directMask(directVoters: ReadonlySet<string> | ((member: string) => boolean)): Uint8Array {
    const direct = new Uint8Array(this.members.length);
    if (typeof directVoters === 'function') {
      for (let i = 0; i < this.members.length; i++) if (directVoters(this.members[i]!)) direct[i] = 1;
    } else {
      for (const voter of directVoters) {
        const i = this.index.get(voter);
        if (i !== undefined) direct[i] = 1;
      }
    }
    return direct;
  }
}
