// Every migration, in order: the app's own (here) and those of each feature (libs/<scope>/api/src/
// migrations), sorted by timestamp. Listed explicitly (not globbed) so the built server and the tests run
// exactly the same set. Migrations are never edited once they have landed: add a new one.
import { apiFeatures } from '../../features.js';
import { inTimestampOrder } from '../migration-order.js';
import { CreateInstance1795957200000 } from './1795957200000-create-instance.js';

/** The app's own tables (the instance row), which belong to no scope. */
export const appMigrations = [CreateInstance1795957200000];

export const migrations = inTimestampOrder([
  ...appMigrations,
  ...apiFeatures.flatMap((feature) => feature.migrations),
]);
