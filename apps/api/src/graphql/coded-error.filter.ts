// Turns a CodedError thrown anywhere (use case, guard, pipe) into the client's error: a GraphQL error
// with the same code and field, or the same JSON shape with a fitting status on plain HTTP routes.
import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { type Response } from 'express';
import { GraphQLError } from 'graphql';
import { CodedError } from '@lovecando/shared-util';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ACCOUNT_NOT_ACTIVE: 403,
  NOT_FOUND: 404,
  TOO_MANY_ATTEMPTS: 429,
  SERVER_BUSY: 503,
};

@Catch(CodedError)
export class CodedErrorFilter implements GqlExceptionFilter, ExceptionFilter {
  catch(error: CodedError, host: ArgumentsHost): GraphQLError | undefined {
    const extensions = {
      code: error.code,
      ...(error.field ? { field: error.field } : {}),
      ...(error.details ? { details: error.details } : {}),
      ...(error.localizedMessage ? { localizedMessage: error.localizedMessage } : {}),
    };
    if (host.getType<string>() === 'graphql') return new GraphQLError(error.message, { extensions });
    const response = host.switchToHttp().getResponse<Response>();
    response
      .status(HTTP_STATUS[error.code] ?? 400)
      .json({ errors: [{ message: error.message, extensions }] });
    return undefined;
  }
}
