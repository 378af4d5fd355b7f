// A cheap look at a GraphQL document before it is validated. Validation is not linear: graphql-js
// compares every pair of fields that share a name in a selection set, so a 2 KB document of 490
// duplicate `me { id }` fields costs a quarter of a second of CPU just to refuse. Counting selections
// (fields, fragment spreads, inline fragments) is one pass over the parsed document, which the token
// limit of the parser already bounds, and it stops at the first selection over the limit.
import { type DocumentNode, Kind, type SelectionSetNode } from 'graphql';
import { QueryLimitCode } from './error-codes.js';

export interface DocumentScreenLimits {
  maxSelections: number;
}

export interface DocumentRefusal {
  code: QueryLimitCode;
  message: string;
}

export interface ScreenResult {
  refusal?: DocumentRefusal;
  /** Selections looked at, for tests that bound the work done. */
  visited: number;
}

export function screenDocument(
  document: DocumentNode,
  { maxSelections }: DocumentScreenLimits,
): ScreenResult {
  // An explicit stack, not recursion: nesting is bounded by the token limit but not by the call stack.
  const pending: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      pending.push(definition.selectionSet);
    }
  }
  let visited = 0;
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      visited += 1;
      if (visited > maxSelections) {
        return {
          visited,
          refusal: {
            code: QueryLimitCode.tooManySelections,
            message: `Selections limit of ${maxSelections} exceeded.`,
          },
        };
      }
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet)
        pending.push(selection.selectionSet);
    }
  }
  return { visited };
}
