// GraphiQL, the schema explorer on GET /graphql, is a development tool: it is never served in production,
// and outside production only to a browser on the machine running the server (as the outbox is). The
// page loads GraphiQL from unpkg.com and starts it with an inline script, so it alone gets a policy that
// allows those; every other page keeps the strict one.
import { type NextFunction, type Request, type Response } from 'express';
import { isLocalCaller } from '@lovecando/shared-server';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

const GRAPHIQL_POLICY = Object.entries({
  ...CONTENT_SECURITY_POLICY,
  scriptSrc: ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  styleSrc: ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  styleSrcAttr: ["'unsafe-inline'"],
})
  .map(
    ([name, sources]) =>
      `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${sources.join(' ')}`,
  )
  .join('; ');

const wantsPage = (request: Request) =>
  request.method === 'GET' &&
  request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';

export function graphiqlGate({ production }: { production: boolean }) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!wantsPage(request)) return next();
    if (production || !isLocalCaller(request)) {
      response.status(404).json({
        errors: [{ message: 'There is no page here.', extensions: { code: 'NOT_FOUND' } }],
      });
      return;
    }
    response.setHeader('Content-Security-Policy', GRAPHIQL_POLICY);
    next();
  };
}
