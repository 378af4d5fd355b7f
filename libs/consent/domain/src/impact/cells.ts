// Cells as numbers. A cell is four interned term indexes of one compiled policy; packing it into one
// integer (recipient, then purpose, category, operation) lets the impact deduplicate the cells of several
// clauses in a flat bitmap and read them back in the order the report groups them, with no string work.
import { DIMENSIONS } from '../policy/choices.js';
import { type CompiledPolicy } from '../policy/compiled-policy.js';

/** Term indexes of one clause or of a set of cells, per dimension (category, purpose, operation, recipient). */
export type Rows = readonly [readonly number[], readonly number[], readonly number[], readonly number[]];

export class CellSpace {
  readonly sizes: readonly [number, number, number, number];
  readonly total: number;

  constructor(policy: CompiledPolicy) {
    const [c, p, o, r] = DIMENSIONS.map((dimension) => policy.index[dimension].size);
    this.sizes = [c!, p!, o!, r!];
    this.total = c! * p! * o! * r!;
  }

  encode(category: number, purpose: number, operation: number, recipient: number): number {
    const [c, p, o] = this.sizes;
    return ((recipient * p + purpose) * c + category) * o + operation;
  }

  /** Writes [category, purpose, operation, recipient] into `into`. */
  decode(key: number, into: Int32Array): void {
    const [c, p, o] = this.sizes;
    into[2] = key % o;
    let rest = (key - into[2]) / o;
    into[0] = rest % c;
    rest = (rest - into[0]) / c;
    into[1] = rest % p;
    into[3] = (rest - into[1]) / p;
  }
}

/** Largest space deduplicated with a bitmap (4 MiB); beyond it a Set keeps memory proportional to the cells. */
const BITMAP_LIMIT = 2 ** 25;

export class CellSet {
  private readonly bitmap: Uint32Array | undefined;
  private readonly seen = new Set<number>();
  private count = 0;
  /** The span of bitmap words touched, so that reading them back in order skips the rest. */
  private firstWord = Infinity;
  private lastWord = -1;

  constructor(readonly space: CellSpace) {
    this.bitmap = space.total <= BITMAP_LIMIT ? new Uint32Array(Math.ceil(space.total / 32)) : undefined;
  }

  get size(): number {
    return this.count;
  }

  add(key: number): void {
    if (this.bitmap) {
      const word = key >>> 5;
      const flag = 1 << (key & 31);
      if (this.bitmap[word]! & flag) return;
      this.bitmap[word] = this.bitmap[word]! | flag;
      if (word < this.firstWord) this.firstWord = word;
      if (word > this.lastWord) this.lastWord = word;
    } else {
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    this.count += 1;
  }

  /** Empties the set, clearing only the bitmap words it touched, so one bitmap serves many sets. */
  clear(): void {
    if (this.bitmap && this.lastWord >= 0) this.bitmap.fill(0, this.firstWord, this.lastWord + 1);
    this.seen.clear();
    this.count = 0;
    this.firstWord = Infinity;
    this.lastWord = -1;
  }

  addAll(rows: Rows): void {
    const [categories, purposes, operations, recipients] = rows;
    for (const recipient of recipients)
      for (const purpose of purposes)
        for (const category of categories)
          for (const operation of operations)
            this.add(this.space.encode(category, purpose, operation, recipient));
  }

  /**
   * The keys in increasing order: recipient, purpose, category, operation. A bitmap already holds them in
   * order, so they are read off it word by word (a broad clause's tens of thousands of cells need no sort).
   */
  sorted(): Float64Array {
    if (!this.bitmap) return Float64Array.from(this.seen).sort();
    const keys = new Float64Array(this.count);
    let next = 0;
    for (let word = this.firstWord; word <= this.lastWord; word += 1) {
      let bits = this.bitmap[word]!;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        keys[next++] = (word << 5) + 31 - Math.clz32(low);
      }
    }
    return keys;
  }
}

/** The rows selecting clause `bit`, read back from the masks (hierarchy closure included). */
export function clauseRows(policy: CompiledPolicy, bit: number): Rows {
  const word = bit >>> 5;
  const flag = 1 << (bit & 31);
  const [c, p, o, r] = DIMENSIONS.map((dimension) => {
    const mask = policy.masks[dimension];
    const rows: number[] = [];
    for (let row = 0; row < policy.index[dimension].size; row += 1)
      if (mask[row * policy.words + word]! & flag) rows.push(row);
    return rows;
  });
  return [c!, p!, o!, r!];
}

/** Rows renumbered into another policy through per-dimension maps (-1: unknown there, dropped). */
export function mapRows(rows: Rows, maps: readonly Int32Array[]): Rows {
  const [c, p, o, r] = rows.map((list, dimension) =>
    list.map((row) => maps[dimension]![row]!).filter((row) => row >= 0),
  );
  return [c!, p!, o!, r!];
}
