// Turns the API's GraphQL errors into translated messages. Every error carries `extensions.code`; input
// problems also name the field at fault (`extensions.field`, e.g. "input.email"), so forms can show the
// message next to that field. The server's own message is never shown: it may be in another language.
// Codes are typed by the schema's generated ErrorCode union, so a misspelt code fails to compile.
import { type ErrorCode } from '@lovecando/shared-web-data';
import { type FormErrors } from '@lovecando/shared-web-kit';
import { type TFunction } from 'i18next';
import { type CombinedError } from 'urql';

/** Code given to a request that got no GraphQL answer at all (offline, API down). */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/** A code the API sent, or NETWORK_ERROR when no answer came. */
export type ApiErrorCode = ErrorCode | typeof NETWORK_ERROR;

export interface ApiProblem {
  /** A newer server may send a code this build does not know: it then gets the generic message. */
  code: ApiErrorCode;
  /** The input at fault as the API names it, e.g. "input.password". */
  field?: string;
  details: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function apiProblems(error: CombinedError): ApiProblem[] {
  if (error.graphQLErrors.length === 0) return [{ code: NETWORK_ERROR, details: {} }];
  return error.graphQLErrors.map(({ extensions }) => {
    const { code, field, details } = extensions;
    return {
      code: typeof code === 'string' ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR',
      ...(typeof field === 'string' ? { field } : {}),
      details: isRecord(details) ? details : {},
    };
  });
}

/** Whether the error has the given code. */
export const hasCode = (error: CombinedError | undefined, code: ApiErrorCode): boolean =>
  error ? apiProblems(error).some((problem) => problem.code === code) : false;

/**
 * The translated message for one problem, by its code. The switch is exhaustive over the generated
 * ErrorCode union (lint checks it), so a code added to the API must be given its message here.
 */
export function problemMessage(problem: ApiProblem, t: TFunction<'identity'>): string {
  switch (problem.code) {
    case 'BAD_USER_INPUT':
      return t('errors.badInput');
    case 'PASSWORD_TOO_SHORT':
      return t('errors.passwordTooShort');
    case 'PASSWORD_TOO_LONG':
      return t('errors.passwordTooLong');
    case 'PASSWORD_TOO_WEAK':
      return t('errors.passwordTooWeak');
    case 'INVALID_CREDENTIALS':
      // Changing one's password names the field; signing in never says which of the two was wrong.
      return problem.field === 'input.currentPassword'
        ? t('errors.currentPasswordIncorrect')
        : t('errors.invalidCredentials');
    case 'TOO_MANY_ATTEMPTS': {
      const seconds = problem.details['retryAfterSeconds'];
      if (typeof seconds !== 'number' || !(seconds > 0)) return t('errors.tooManyAttemptsLater');
      return t('errors.tooManyAttempts', { count: Math.ceil(seconds / 60) });
    }
    case 'INVALID_TOKEN':
      return t('errors.invalidToken');
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated');
    case 'ACCOUNT_NOT_ACTIVE':
      return t('errors.accountNotActive');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'CANNOT_CHANGE_OWN_ROLE':
      return t('errors.cannotChangeOwnRole');
    case 'CANNOT_SUSPEND_SELF':
      return t('errors.cannotSuspendSelf');
    case 'ALREADY_SUSPENDED':
      return t('errors.alreadySuspended');
    case 'NOT_SUSPENDED':
      return t('errors.notSuspended');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'SERVER_BUSY':
      return t('errors.serverBusy');
    case 'BAD_DATE':
    case 'INVALID_TIME':
      return t('errors.badInput');
    case 'SERVICE_UNAVAILABLE':
    case 'TRANSACTION_CONFLICT':
      return t('errors.tryAgain');
    case 'LOCAL_ONLY':
      return t('errors.localOnly');
    case NETWORK_ERROR:
      return t('errors.network');
    // A member can do nothing about these but try again later; the server log has the details.
    case 'BAD_REQUEST':
    case 'INTERNAL_SERVER_ERROR':
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'PERSISTED_QUERY_HASH_MISMATCH':
    case 'QUERY_TOO_DEEP':
    case 'TOO_MANY_ALIASES':
    case 'QUERY_TOO_COMPLEX':
    case 'TOO_MANY_DIRECTIVES':
    case 'TOO_MANY_SELECTIONS':
    case 'MALFORMED_JSON':
    case 'PAYLOAD_TOO_LARGE':
    case 'SUBSCRIPTION_NEEDS_WEBSOCKET':
      return t('errors.generic');
    default:
      // A code from a newer server than this build.
      return t('errors.generic');
  }
}

export interface FormErrorOptions<Field extends string> {
  /** The form's field for each API field name, e.g. { 'input.email': 'email' }. */
  fieldOf: Readonly<Record<string, Field>>;
  /** Message for BAD_USER_INPUT on a field, e.g. "Enter a valid email address". */
  badInput?: (field: Field) => string | undefined;
}

export function formErrors<Field extends string>(
  error: CombinedError,
  t: TFunction<'identity'>,
  { fieldOf, badInput }: FormErrorOptions<Field>,
): FormErrors<Field> {
  const result: FormErrors<Field> = { fields: {} };
  for (const problem of apiProblems(error)) {
    const field = problem.field === undefined ? undefined : fieldOf[problem.field];
    if (field !== undefined) {
      const message =
        (problem.code === 'BAD_USER_INPUT' ? badInput?.(field) : undefined) ?? problemMessage(problem, t);
      result.fields[field] ??= message;
    } else {
      result.summary ??= problemMessage(problem, t);
    }
  }
  return result;
}
