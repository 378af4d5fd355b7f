// Reads and validates the environment once at boot.
import { configSchema, type AppConfig } from './config.schema.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Empty strings count as unset, as in most deployment tools. */
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
}

/** The configuration, or a ConfigError whose message is one line naming the first wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(withoutEmptyValues(env));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const got = env[name] === undefined ? '' : ` (got "${env[name]}")`;
  throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}${got}`);
}
