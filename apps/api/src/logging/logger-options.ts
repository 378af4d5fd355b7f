// Structured JSON logs (pino) with one request id per HTTP request, taken from a trusted-looking
// X-Request-Id header or generated, and echoed back so a user's report can be matched with the log.
// A request line holds what helps an operator (method, path, status, time, client address) and no
// secret: cookies and authorization headers are not logged at all, and a token that an old link still
// carries in its query string is replaced before the line is written.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { type AppConfig } from '../config/config.schema.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Query parameters whose values are secrets wherever they appear. */
const SECRET_PARAMETERS = /([?&](?:token|code|key|secret|password|session)=)[^&#]*/gi;

export function requestId(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}

/** The request's address as it may be logged. */
export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(SECRET_PARAMETERS, '$1[redacted]');
}

/**
 * Errors are logged with their type, message, code and stack only: a driver error carries the client
 * that failed, with its connection settings, and other libraries attach their own state. None of it
 * belongs in a log line.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const { name, message, code, stack, cause } = error as Record<string, unknown>;
  return {
    type: typeof name === 'string' ? name : 'Error',
    message: typeof message === 'string' ? message : 'non-error value thrown',
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(typeof stack === 'string' ? { stack } : {}),
    ...(cause !== undefined ? { cause: serializeError(cause) } : {}),
  };
}

export function createLogger(
  config: Pick<AppConfig, 'LOG_LEVEL'>,
  destination?: pino.DestinationStream,
): Logger {
  const options = {
    level: config.LOG_LEVEL,
    base: { service: 'lovecando-api' },
    serializers: { err: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

export function requestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: requestId,
    // Probes poll every few seconds; logging each would drown the rest.
    autoLogging: { ignore: (request) => request.url?.startsWith('/health/') ?? false },
    serializers: {
      req: (request: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: request.id,
        method: request.method,
        url: redactUrl(request.url),
        remoteAddress: request.remoteAddress,
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      err: serializeError,
    },
  });
}
