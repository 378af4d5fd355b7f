// Turns changed cells (packed keys of `after`, in increasing order) into the report's groups: by recipient,
// then purpose, then category and operation, each in the order of `after`'s compiled terms (recipients by
// id, categories and purposes in tree order, operations in taxonomy order). Sorted keys are already in
// that order, so grouping is one pass.
import { MEMBER_CONTROLS } from '../clauses/clause.js';
import { DIMENSIONS } from '../policy/choices.js';
import { type CompiledPolicy } from '../policy/compiled-policy.js';
import { type CellSpace } from './cells.js';
import { type CellGroup, type ControlChange, type ControlChangeGroup } from './types.js';

export class TermNames {
  private readonly names: readonly string[][];

  constructor(policy: CompiledPolicy) {
    this.names = DIMENSIONS.map((dimension) => {
      const names: string[] = [];
      for (const [id, row] of policy.index[dimension]) names[row] = id;
      return names;
    });
  }

  name(dimension: number, row: number): string {
    return this.names[dimension]![row]!;
  }
}

interface Group<Cell> {
  recipient: string;
  purpose: string;
  cells: Cell[];
}

function grouped<Cell>(
  keys: readonly number[],
  space: CellSpace,
  names: TermNames,
  make: (category: string, operation: string, position: number) => Cell,
): Group<Cell>[] {
  const groups: Group<Cell>[] = [];
  const cell = new Int32Array(4);
  let last = -1;
  let current: Group<Cell> | undefined;
  for (let position = 0; position < keys.length; position += 1) {
    space.decode(keys[position]!, cell);
    const pair = cell[3]! * space.sizes[1] + cell[1]!;
    if (pair !== last || !current) {
      current = { recipient: names.name(3, cell[3]!), purpose: names.name(1, cell[1]!), cells: [] };
      groups.push(current);
      last = pair;
    }
    current.cells.push(make(names.name(0, cell[0]!), names.name(2, cell[2]!), position));
  }
  return groups;
}

export const cellGroups = (keys: readonly number[], space: CellSpace, names: TermNames): CellGroup[] =>
  grouped(keys, space, names, (category, operation) => ({ category, operation }));

export function controlGroups(
  changes: readonly { key: number; from: number; to: number }[],
  space: CellSpace,
  names: TermNames,
): ControlChangeGroup[] {
  return grouped(
    changes.map((change) => change.key),
    space,
    names,
    (category, operation, position): ControlChange => {
      const { from, to } = changes[position]!;
      return {
        category,
        operation,
        from: MEMBER_CONTROLS[from]!,
        to: MEMBER_CONTROLS[to]!,
        weakened: to < from,
      };
    },
  );
}

/** Recipients of the groups, once each, in order. */
export const recipientsOf = (groups: readonly { recipient: string }[]): string[] => [
  ...new Set(groups.map((group) => group.recipient)),
];
