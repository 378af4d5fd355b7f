import { listenHost } from './config.schema.js';
import { ConfigError, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('gives every variable its documented default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      EMBEDDED_PG_DIR: '.data/postgres',
      EMBEDDED_PG_PORT: 54329,
      LOG_LEVEL: 'info',
      BODY_LIMIT: '100kb',
      GRAPHQL_MAX_DEPTH: 8,
      GRAPHQL_MAX_ALIASES: 15,
      GRAPHQL_MAX_SELECTIONS: 200,
      TRUST_PROXY: false,
      JOB_WORKERS: true,
      SIGN_UPS_PER_ADDRESS_PER_HOUR: 20,
      WEB_DIST_DIR: 'dist/apps/web',
      WEB_RENDERER_MODULE: 'dist/apps/web-server/server.mjs',
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads values and converts numbers and flags', () => {
    const config = loadConfig({
      PORT: '8080',
      TRUST_PROXY: 'true',
      DATABASE_URL: 'postgres://u:p@db:5432/app',
    });
    expect(config.PORT).toBe(8080);
    expect(config.TRUST_PROXY).toBe(true);
    expect(config.DATABASE_URL).toBe('postgres://u:p@db:5432/app');
  });

  it('treats an empty value as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [
      'PORT',
      'abc',
      'Invalid configuration: PORT must be a TCP port (a whole number from 1 to 65535) (got "abc")',
    ],
    [
      'PORT',
      '70000',
      'Invalid configuration: PORT must be a TCP port (a whole number from 1 to 65535) (got "70000")',
    ],
    [
      'NODE_ENV',
      'prod',
      'Invalid configuration: NODE_ENV must be one of development, test, production (got "prod")',
    ],
    [
      'DATABASE_URL',
      'mysql://x',
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")',
    ],
    [
      'BODY_LIMIT',
      'big',
      'Invalid configuration: BODY_LIMIT must be a size such as 100kb or 1mb (got "big")',
    ],
    ['TRUST_PROXY', 'yes', 'Invalid configuration: TRUST_PROXY must be one of true, false (got "yes")'],
  ])('rejects %s=%s with one line naming the variable', (name, value, message) => {
    const attempt = () => loadConfig({ [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    expect(message).not.toContain('\n');
  });
});

describe('listenHost', () => {
  it('keeps a development server off the network unless HOST says otherwise', () => {
    expect(listenHost(loadConfig({}))).toBe('127.0.0.1');
    expect(listenHost(loadConfig({ NODE_ENV: 'test' }))).toBe('127.0.0.1');
    expect(listenHost(loadConfig({ HOST: '0.0.0.0' }))).toBe('0.0.0.0');
  });

  it('listens on every interface in production, as a container behind its proxy does', () => {
    expect(listenHost(loadConfig({ NODE_ENV: 'production' }))).toBe('::');
    expect(listenHost(loadConfig({ NODE_ENV: 'production', HOST: '10.0.0.2' }))).toBe('10.0.0.2');
  });
});
