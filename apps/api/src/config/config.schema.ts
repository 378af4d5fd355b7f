// Every environment variable the API reads, with its default and its meaning. The README's configuration
// table mirrors this file; a wrong value stops start-up with one line naming the variable.
import { z } from 'zod';

/** A whole number within bounds, with one message that says what is expected. */
const wholeNumber = (min: number, max: number, what: string) => {
  const error = `must be ${what} (a whole number from ${min} to ${max})`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

const port = wholeNumber(1, 65_535, 'a TCP port');
const booleanFlag = oneOf(['true', 'false']).transform((value) => value === 'true');
const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/\S+$/.test(value), {
  error: 'must be a postgres:// or postgresql:// URL',
});

export const configSchema = z.object({
  NODE_ENV: oneOf(['development', 'test', 'production']).default('development'),
  // Unset: every interface in production (a container behind its proxy), 127.0.0.1 otherwise, so a
  // development server is not reachable from the network unless asked (HOST=0.0.0.0).
  HOST: z.string().min(1).optional(),
  PORT: port.default(3000),
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: port.default(54329),
  DB_POOL_SIZE: wholeNumber(1, 200, 'a pool size').default(10),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web'),
  WEB_RENDERER_MODULE: z.string().min(1).default('dist/apps/web-server/server.mjs'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, { error: 'must be a size such as 100kb or 1mb' })
    .default('100kb'),
  GRAPHQL_MAX_DEPTH: wholeNumber(1, 50, 'a depth').default(8),
  GRAPHQL_MAX_ALIASES: wholeNumber(1, 100, 'an alias count').default(15),
  GRAPHQL_MAX_COST: wholeNumber(1, 1_000_000, 'a cost').default(5000),
  GRAPHQL_MAX_TOKENS: wholeNumber(10, 100_000, 'a token count').default(2000),
  GRAPHQL_MAX_DIRECTIVES: wholeNumber(1, 100, 'a directive count').default(20),
  GRAPHQL_MAX_SELECTIONS: wholeNumber(10, 10_000, 'a selection count').default(200),
  SHUTDOWN_TIMEOUT_MS: wholeNumber(100, 600_000, 'milliseconds').default(10_000),
  TRUST_PROXY: booleanFlag.default(false),
  JOB_WORKERS: booleanFlag.default(true),
  PUBLIC_URL: z.url({ error: 'must be an http(s) URL such as https://lovecando.example.org' }).optional(),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/\S+$/.test(value), { error: 'must be an smtp:// or smtps:// URL' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('LoveCanDo <no-reply@localhost>'),
  SIGN_UPS_PER_ADDRESS_PER_HOUR: wholeNumber(1, 100_000, 'a number of sign-ups').default(20),
});

export type AppConfig = z.infer<typeof configSchema>;

/** The address the server listens on (see HOST). */
export const listenHost = (config: AppConfig): string =>
  config.HOST ?? (config.NODE_ENV === 'production' ? '::' : '127.0.0.1');
