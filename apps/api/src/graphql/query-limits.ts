// Limits every GraphQL operation is validated against before it runs, so one request cannot exhaust the
// server: depth, aliases and directives (graphql-armor's rules). Token count is enforced by the parser
// itself (Apollo's parseOptions.maxTokens), the number of selections before validation
// (screen-document.ts) and the cost with the operation's variables (operation-cost.ts).
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { QueryLimitCode } from './error-codes.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
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
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [rejectWith(QueryLimitCode.tooManyDirectives)],
    }),
  ];
}
