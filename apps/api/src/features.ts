// The scopes this API serves, as their manifests (libs/<scope>/api/src/feature.ts). The app module imports
// their modules, the data source registers their entities and the migration list is built from theirs, so
// a new scope is added to the server here and nowhere else (npm run scope:new adds the line).
import { identityApiFeature } from '@lovecando/identity-api';
import { type ApiFeature } from '@lovecando/shared-server';
import { termsApiFeature } from '@lovecando/terms-api';
import { type AppConfig } from './config/config.schema.js';
import { identityOptions } from './config/identity-options.js';

/** A feature as this app mounts it: its module is built from the app's configuration. */
export type AppFeature = ApiFeature<AppConfig>;

/** Mounts a feature whose module takes options, derived here from the configuration. */
const configured = <Options>(
  feature: ApiFeature<Options>,
  options: (config: AppConfig) => Options,
): AppFeature => ({ ...feature, module: (config) => feature.module(options(config)) });

export const apiFeatures: readonly AppFeature[] = [
  configured(identityApiFeature, identityOptions),
  termsApiFeature,
];
