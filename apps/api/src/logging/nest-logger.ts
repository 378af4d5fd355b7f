// Nest's own log lines (and every `new Logger(context)` in our code) written through the same pino
// logger as the request log, so the whole process speaks one JSON format. `logger.error({ err }, 'msg')`
// logs the object's fields with the message, as pino does.
import { type LoggerService } from '@nestjs/common';
import { type Level, type Logger } from 'pino';

type Params = unknown[];

export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: Params): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: Params): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: Params): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: Params): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: Params): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: Params): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: Params): void {
    // Nest passes the logger's context last.
    const rest = [...params];
    const context = rest.length > 0 && typeof rest.at(-1) === 'string' ? (rest.pop() as string) : undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      const text = typeof rest[0] === 'string' ? rest[0] : undefined;
      this.logger[level]({ context, ...message }, text);
    } else if (level === 'error' && typeof rest[0] === 'string') {
      // Nest's internal errors come as (message, stack, context).
      this.logger[level]({ context, stack: rest[0] }, String(message));
    } else {
      this.logger[level]({ context }, String(message));
    }
  }
}
