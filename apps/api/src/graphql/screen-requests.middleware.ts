// Screens every GraphQL request over HTTP before Apollo validates it (screen-document.ts says why).
// The document is parsed with the same token limit Apollo uses, so the work here is bounded by what the
// parser already accepts; a document over the limit is refused with a coded error and never validated.
import { type NextFunction, type Request, type Response } from 'express';
import { parse } from 'graphql';
import { screenDocument, type DocumentScreenLimits } from './screen-document.js';

export interface RequestScreenLimits extends DocumentScreenLimits {
  maxTokens: number;
}

function queryOf(request: Request): string | undefined {
  const source: unknown =
    request.method === 'GET'
      ? request.query['query']
      : (request.body as { query?: unknown } | undefined)?.query;
  return typeof source === 'string' ? source : undefined;
}

export function screenGraphqlRequests(limits: RequestScreenLimits) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const query = queryOf(request);
    if (query === undefined) return next();
    let document;
    try {
      document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
    } catch {
      return next(); // Apollo parses it again and reports the syntax error in its own words
    }
    const { refusal } = screenDocument(document, limits);
    if (!refusal) return next();
    response.status(400).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
  };
}
