// Limits every GraphQL operation is validated against before it runs, so one request cannot exhaust the
// server: depth, aliases, a cost estimate and directives (graphql-armor's rules). Token count is enforced
// by the parser itself (Apollo's parseOptions.maxTokens).
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { QueryLimitCode } from './error-codes.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
}

/**
 * Apollo stamps every validation error with GRAPHQL_VALIDATION_FAILED, so the precise reason travels in
 * `extensions.rejectedBy` and the error formatter promotes it to the code.
 */
function rejectWith(code: QueryLimitCode) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(new GraphQLError(message, { extensions: { rejectedBy: code } }));
  };
}

export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, onReject: [rejectWith(QueryLimitCode.tooDeep)] }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: [rejectWith(QueryLimitCode.tooManyAliases)],
    }),
    costLimitRule({ ...common, maxCost: limits.maxCost, onReject: [rejectWith(QueryLimitCode.tooComplex)] }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [rejectWith(QueryLimitCode.tooManyDirectives)],
    }),
  ];
}
