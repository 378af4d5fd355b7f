// Structured JSON logs (pino) with one request id per HTTP request, taken from a trusted-looking
// X-Request-Id header or generated, and echoed back so a user's report can be matched with the log.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Params } from 'nestjs-pino';
import { type AppConfig } from '../config/config.schema.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestId(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: requestId,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      // Probes poll every few seconds; logging each would drown the rest.
      autoLogging: { ignore: (request) => request.url?.startsWith('/health/') ?? false },
    },
  };
}
