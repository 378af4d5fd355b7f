// The one migration sequence the server runs: the app's and every feature's migrations, strictly by
// timestamp, each name once, and the ordering helper refuses what would make the order ambiguous.
import { type MigrationClass } from '@lovecando/shared-server';
import { type MigrationInterface } from 'typeorm';
import { apiFeatures } from '../features.js';
import { inTimestampOrder, migrationTimestamp } from './migration-order.js';
import { appMigrations, migrations } from './migrations/index.js';

/** A do-nothing migration class with the given name. */
const migrationNamed = (name: string): MigrationClass => {
  const migration = class implements MigrationInterface {
    async up(): Promise<void> {}
    async down(): Promise<void> {}
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
};

describe('the migration sequence', () => {
  it('runs strictly by timestamp', () => {
    const timestamps = migrations.map(migrationTimestamp);
    timestamps.slice(1).forEach((timestamp, index) => expect(timestamp).toBeGreaterThan(timestamps[index]!));
  });

  it('names each migration once', () => {
    const names = migrations.map((migration) => migration.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("holds the app's own migrations and every feature's, nothing else", () => {
    const expected = [...appMigrations, ...apiFeatures.flatMap((feature) => feature.migrations)];
    expect(new Set(migrations)).toEqual(new Set(expected));
    expect(migrations).toHaveLength(expected.length);
  });

  it('keeps the order the single folder had before the migrations moved to their scopes', () => {
    expect(migrations.map((migration) => migration.name)).toEqual([
      'CreateInstance1795957200000',
      'CreateIdentity1795958000000',
      'CreateTerms1795959000000',
      'GuardIdentity1796145700000',
    ]);
  });
});

describe('inTimestampOrder', () => {
  it('sorts migrations from different scopes by their timestamps', () => {
    const [late, early, middle] = ['Late1700000000300', 'Early1700000000100', 'Middle1700000000200'].map(
      migrationNamed,
    );
    expect(inTimestampOrder([late!, early!, middle!])).toEqual([early, middle, late]);
  });

  it('refuses two migrations with the same timestamp', () => {
    const twins = [migrationNamed('One1700000000100'), migrationNamed('Other1700000000100')];
    expect(() => inTimestampOrder(twins)).toThrow(/share a timestamp/);
  });

  it('refuses a migration whose name has no timestamp', () => {
    expect(() => inTimestampOrder([migrationNamed('CreateSomething')])).toThrow(/no 13-digit timestamp/);
  });
});
