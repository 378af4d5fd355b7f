// Password hashing must install from prebuilt binaries: `npm ci` on a clean machine compiles nothing.
// This checks the packages, as installed, carry no build step and ship the binary for this platform.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';

const manifest = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
    scripts?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
    gypfile?: boolean;
  };

describe('native dependencies', () => {
  it('@node-rs/argon2 has no install-time build step', () => {
    const { scripts = {}, gypfile } = manifest('@node-rs/argon2');
    expect(Object.keys(scripts).filter((name) => /install/.test(name))).toEqual([]);
    expect(gypfile).toBeUndefined();
  });

  const platformPackage = `@node-rs/argon2-${process.platform}-${process.arch}-gnu`;
  const supported = process.platform === 'linux' && process.arch === 'x64';

  (supported ? it : it.skip)(`ships a prebuilt binary for this platform (${platformPackage})`, () => {
    expect(Object.keys(manifest('@node-rs/argon2').optionalDependencies ?? {})).toContain(platformPackage);
    const folder = dirname(require.resolve(`${platformPackage}/package.json`));
    expect(readdirSync(folder).filter((file) => file.endsWith('.node'))).toHaveLength(1);
    expect(manifest(platformPackage).scripts ?? {}).toEqual({});
  });
});
