// Parses JSON request bodies with a size limit, and answers malformed or oversized bodies with a coded JSON
// error instead of Express's default HTML page (which shows a stack trace outside production).
import express, { type NextFunction, type Request, type Response } from 'express';
import { MALFORMED_JSON, PAYLOAD_TOO_LARGE } from '../graphql/error-codes.js';

interface BodyParserError {
  type?: string;
  status?: number;
}

interface Refusal {
  status: number;
  code: string;
  message: string;
}

const REFUSALS: Record<string, Refusal> = {
  'entity.parse.failed': {
    status: 400,
    code: MALFORMED_JSON,
    message: 'The request body is not valid JSON.',
  },
  'entity.too.large': { status: 413, code: PAYLOAD_TOO_LARGE, message: 'The request body is too large.' },
};

function describe(error: BodyParserError): Refusal {
  const known = error.type === undefined ? undefined : REFUSALS[error.type];
  return (
    known ?? {
      status: error.status ?? 400,
      code: 'BAD_REQUEST',
      message: 'The request body could not be read.',
    }
  );
}

export function jsonBody(limit: string) {
  const parse = express.json({ limit });
  return (request: Request, response: Response, next: NextFunction): void => {
    parse(request, response, (error?: BodyParserError) => {
      if (!error) return next();
      const { status, code, message } = describe(error);
      response.status(status).json({ errors: [{ message, extensions: { code } }] });
    });
  };
}
