// The manifest each scope's API library exports from its feature.ts: its Nest module, its tables and the
// migrations that create them, and the error codes it answers with. The app composes the manifests (apps/api/src/features.ts), so a new scope
// is added to the server in one place.
import { type DynamicModule, type Type } from '@nestjs/common';
import { type MigrationInterface } from 'typeorm';
import { type ErrorCatalogue } from '@lovecando/shared-util';

/** A Nest module as `imports` takes it: a module class or a configured dynamic module. */
export type FeatureModule = Type<unknown> | DynamicModule;

/** A TypeORM migration class; its name ends with the timestamp that orders it (e.g. CreateTerms1795959000000). */
export type MigrationClass = new () => MigrationInterface;

/**
 * One scope on the server. `Options` is what the scope needs from the application's configuration
 * (identity: public URL, mail settings…); the app derives them when it mounts the feature. A scope that
 * needs nothing leaves it `unknown` and ignores the argument.
 */
export interface ApiFeature<Options = unknown> {
  /** The scope's name, as in its tags (scope:<name>). */
  readonly name: string;
  /** Builds the scope's module; called once per application (server, command-line tools, schema build). */
  readonly module: (options: Options) => FeatureModule;
  /** The TypeORM entities of the scope's tables. */
  readonly entities: readonly (new () => object)[];
  /** The migrations that create and evolve those tables, in any order: the app sorts them by timestamp. */
  readonly migrations: readonly MigrationClass[];
  /** The codes the scope's refusals carry beyond the common ones (`<scope>.errors.ts`), with their meaning. */
  readonly errors: ErrorCatalogue<string>;
}
