// What the resolvers take from the GraphQL context for a use case: who sends the request, and the HTTP
// response a session cookie is set on.
import { type Response } from 'express';
import { type GraphqlContext } from '@lovecando/identity-access';
import { type ClientInfo } from '../use-cases/client.js';
import { IdentityError } from '../identity.errors.js';

export function client(context: GraphqlContext): ClientInfo {
  return {
    address: context.req?.ip ?? context.ip ?? 'unknown',
    userAgent: context.req?.headers['user-agent'],
  };
}

/** The HTTP response; operations that set a cookie cannot run over a WebSocket. */
export function response(context: GraphqlContext): Response {
  if (!context.res) throw new IdentityError('BAD_REQUEST', 'This operation needs an HTTP request.');
  return context.res;
}
