import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineErrors } from '@lovecando/shared-util';
import { composeCatalogue, ERROR_CATALOGUE, ERROR_SCOPES } from './error-catalogue.js';

describe('the composed error catalogue', () => {
  it('holds every code of every scope once, with a meaning in French and English', () => {
    const declared = Object.values(ERROR_SCOPES).flatMap((catalogue) => Object.keys(catalogue));
    expect(new Set(declared).size).toBe(declared.length);
    expect([...ERROR_CATALOGUE.keys()].sort()).toEqual([...declared].sort());
    for (const { meaning } of ERROR_CATALOGUE.values()) {
      expect(meaning.fr.trim()).not.toBe('');
      expect(meaning.en.trim()).not.toBe('');
    }
  });

  it('refuses a code that two scopes both declare', () => {
    const twice = { en: 'x', fr: 'x' };
    expect(() =>
      composeCatalogue({ a: defineErrors({ SAME: twice }), b: defineErrors({ SAME: twice }) }),
    ).toThrow('error code SAME is declared by both a and b');
  });

  it('declares every code the source code throws or answers with', () => {
    // Literal codes in `new …Error('CODE'` and `code: 'CODE'` across the server side. The engines' own
    // problem codes reach clients only through a scope's use cases, which declare them when they do.
    const workspace = join(__dirname, '../../../..');
    const roots = ['apps/api/src', 'libs/shared/server/src', 'libs/shared/util/src'].map((dir) =>
      join(workspace, dir),
    );
    for (const lib of readdirSync(join(workspace, 'libs'))) {
      for (const type of ['api', 'access']) {
        const dir = join(workspace, 'libs', lib, type, 'src');
        if (existsSync(dir)) roots.push(dir);
      }
    }
    const thrown = new Set<string>();
    const pattern = /(?:new \w*Error\(\s*|\bcode: )'([A-Z][A-Z_]+)'/g;
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(path);
        } else if (/(?<!spec)\.ts$/.test(entry.name) && !entry.name.includes('.spec.')) {
          for (const match of readFileSync(path, 'utf8').matchAll(pattern)) thrown.add(match[1] ?? '');
        }
      }
    };
    roots.forEach(walk);
    expect(thrown.size).toBeGreaterThan(10);
    const undeclared = [...thrown].filter((code) => !ERROR_CATALOGUE.has(code));
    expect(undeclared).toEqual([]);
  });
});
