// The estimated cost of an operation with its variables, checked before it runs. A list field asked for
// `first: n` costs n times its selection, whether n is written in the query or passed as a variable
// (a validation rule never sees variables, so `members(first: $n)` used to escape the multiplier).
// graphql-query-complexity walks the operation with fragments, @skip/@include and coerced arguments.
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { QueryLimitCode } from './error-codes.js';

/** The arguments that say how many items a list field returns. */
const LIST_SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

/** Each field costs 1, plus its selection's cost times the number of items it asks for. */
const listAwareEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  let items = 1;
  for (const name of LIST_SIZE_ARGUMENTS) {
    const value: unknown = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) items = Math.max(items, Math.ceil(value));
  }
  return 1 + childComplexity * items;
};

export interface CostedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
}

/** The cost, or undefined when the variables do not fit the operation (execution reports that). */
export function operationCost({
  schema,
  document,
  operationName,
  variables,
}: CostedOperation): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [listAwareEstimator],
    });
  } catch {
    return undefined;
  }
}

/** A coded refusal when the operation costs more than the limit. */
export function costRefusal(operation: CostedOperation, maxCost: number): GraphQLError | undefined {
  const cost = operationCost(operation);
  if (cost === undefined || cost <= maxCost) return undefined;
  return new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}.`, {
    extensions: { code: QueryLimitCode.tooComplex, http: { status: 400 } },
  });
}
