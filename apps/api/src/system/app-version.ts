// The version users see is the workspace's package.json version. The server always runs from the
// workspace root (npm scripts, the container's WORKDIR), where that file is.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function readAppVersion(root = process.cwd()): string {
  const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
