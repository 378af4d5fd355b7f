// No Docker engine runs where the tests run, so the deployment files are checked by reading them: the
// compose file wires the app to its PostgreSQL with variables the server actually knows, and the image
// starts the file the build produces.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { configSchema } from '../src/config/config.schema.js';

const ROOT = resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');

interface ComposeService {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: unknown;
  ports?: string[];
}

const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService> };

describe('docker-compose.yml', () => {
  const app = compose.services['app'];
  const postgres = compose.services['postgres'];

  it('runs the app image next to a PostgreSQL with a health check', () => {
    expect(app?.build).toBe('.');
    expect(postgres?.image).toMatch(/^postgres:\d+/);
    expect(postgres?.healthcheck).toBeDefined();
    expect(app?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('gives the app only variables the server knows, each with a valid value', () => {
    const environment = app?.environment ?? {};
    const known = Object.keys(configSchema.shape);
    expect(Object.keys(environment).filter((name) => !known.includes(name))).toEqual([]);
    const resolved = Object.fromEntries(
      Object.entries(environment).map(([name, value]) => [
        name,
        value.replace(/\$\{(\w+):-([^}]*)\}/g, '$2'),
      ]),
    );
    const parsed = configSchema.safeParse(resolved);
    expect(parsed.success).toBe(true);
    expect(new URL(resolved['DATABASE_URL'] ?? '').hostname).toBe('postgres');
    expect(app?.ports).toContain(`${resolved['PORT']}:${resolved['PORT']}`);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('starts the server file that npm run build:api writes', () => {
    const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(packageJson.scripts['start']).toContain('dist/api/apps/api/src/main.js');
    expect(dockerfile).toContain('CMD ["node", "--enable-source-maps", "dist/api/apps/api/src/main.js"]');
  });

  it('runs as an unprivileged user in production mode', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/NODE_ENV=production/);
  });
});
