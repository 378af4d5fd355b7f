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

describe('formatGraphqlError for failures a client can recover from', () => {
  const internal = { message: 'Unexpected error value', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  const wrapped = (originalError: unknown) => Object.assign(new Error('wrapper'), { originalError });

  it('says SERVICE_UNAVAILABLE when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    expect(formatGraphqlError(internal, wrapped(refused))).toEqual({
      message: 'The service is temporarily unavailable; please try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    const terminated = new Error('Connection terminated unexpectedly');
    expect(formatGraphqlError(internal, wrapped(terminated)).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('says TRANSACTION_CONFLICT for a deadlock or a serialization failure that outlived its retries', () => {
    for (const code of ['40P01', '40001']) {
      const failure = Object.assign(new Error('deadlock detected'), { driverError: { code } });
      expect(formatGraphqlError(internal, wrapped(failure)).extensions).toEqual({
        code: 'TRANSACTION_CONFLICT',
      });
    }
  });

  it('keeps any other failure internal, without its message', () => {
    const failure = Object.assign(new Error('duplicate key value'), { driverError: { code: '23505' } });
    expect(formatGraphqlError(internal, wrapped(failure))).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('gives Apollo’s uncoded refusal of a mismatched persisted query its own code', () => {
    expect(
      formatGraphqlError({
        message: 'provided sha does not match query',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }).extensions,
    ).toEqual({ code: 'PERSISTED_QUERY_HASH_MISMATCH' });
  });
});

describe('formatGraphqlError and messages in every language', () => {
  const both = { fr: 'Utilisez au plus 128 caractères.', en: 'Use at most 128 characters.' };

  it('passes the bilingual message of a refusal through, with its code and field', () => {
    const formatted = formatGraphqlError({
      message: both.en,
      extensions: { code: 'PASSWORD_TOO_LONG', field: 'input.password', localizedMessage: both },
    });
    expect(formatted.extensions).toEqual({
      code: 'PASSWORD_TOO_LONG',
      field: 'input.password',
      localizedMessage: both,
    });
  });

  it('never passes a bilingual text along with an internal error', () => {
    const formatted = formatGraphqlError({ message: 'boom', extensions: { localizedMessage: both } });
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
