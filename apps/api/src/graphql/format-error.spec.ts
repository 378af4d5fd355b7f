import { formatGraphqlError } from './format-error.js';

describe('formatGraphqlError', () => {
  it('keeps the message, location, path and code of a client error and drops everything else', () => {
    const formatted = formatGraphqlError({
      message: 'Cannot query field "nope" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at x'], exception: { secret: 1 } },
    });
    expect(formatted).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('masks the message of an internal error', () => {
    const formatted = formatGraphqlError({
      message: 'connect ECONNREFUSED 10.0.0.5:5432',
      path: ['health'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: connect', 'at pg'] },
    });
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['health'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('treats an error without a code as internal', () => {
    expect(formatGraphqlError({ message: 'boom' })).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('promotes the precise reason of a query-limit rejection to the code', () => {
    const formatted = formatGraphqlError({
      message: 'Query depth limit of 8 exceeded, found 9.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', rejectedBy: 'QUERY_TOO_DEEP' },
    });
    expect(formatted.extensions).toEqual({ code: 'QUERY_TOO_DEEP' });
  });

  it('keeps the public field path of an input error', () => {
    const formatted = formatGraphqlError({
      message: 'must not be empty',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.title' },
    });
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });
});
