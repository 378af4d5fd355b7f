// Numbers a dotted hierarchy so that "a covers b" is two integer comparisons: terms sorted segment by
// segment put every descendant right after its ancestor, and each term's interval spans its subtree.
export interface TermIntervals {
  /** Terms in tree order. */
  readonly order: readonly string[];
  readonly enter: Int32Array;
  readonly exit: Int32Array;
}

const bySegments = (a: string, b: string): number => {
  const left = a.split('.');
  const right = b.split('.');
  for (let n = 0; n < Math.min(left.length, right.length); n += 1) {
    if (left[n] !== right[n]) return left[n]! < right[n]! ? -1 : 1;
  }
  return left.length - right.length;
};

const isAncestorOrSelf = (ancestor: string, id: string) => id === ancestor || id.startsWith(`${ancestor}.`);

export function termIntervals(ids: readonly string[]): TermIntervals {
  const order = [...ids].sort(bySegments);
  const enter = new Int32Array(order.length);
  const exit = new Int32Array(order.length);
  const open: number[] = [];
  order.forEach((id, position) => {
    while (open.length && !isAncestorOrSelf(order[open.at(-1)!]!, id)) exit[open.pop()!] = position;
    enter[position] = position;
    open.push(position);
  });
  for (const position of open) exit[position] = order.length;
  return { order, enter, exit };
}
