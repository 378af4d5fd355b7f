// Who is making a request: resolved once per HTTP request (session middleware) or per subscription
// operation (graphql-ws), and read by the access guard and the resolvers.
import { type Actor } from '@lovecando/identity-domain';
import { type Request, type Response } from 'express';

export interface Authenticated {
  actor: Actor;
  /** SHA-256 of the session cookie: identifies the session without holding the secret. */
  sessionHash: string;
}

export interface RequestWithAuth extends Request {
  auth?: Authenticated;
}

/** The GraphQL context of every operation. `res` is absent on subscriptions. */
export interface GraphqlContext {
  req?: RequestWithAuth;
  res?: Response;
  auth?: Authenticated;
  ip?: string;
}
