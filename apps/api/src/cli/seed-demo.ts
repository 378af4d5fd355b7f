// `npm run seed:demo`: adds the demo data (demo/demo-data.ts; accounts listed in the README) to the
// configured database, or to the embedded PostgreSQL of a server that is running. Refused in production.
import { seedDemoData } from '../demo/demo-data.js';
import { runWithIdentity } from './identity-context.js';

await runWithIdentity('seed:demo', async ({ config, dataSource, createMembers }) => {
  const { created, termsPublished } = await seedDemoData(config.NODE_ENV, dataSource, createMembers);
  if (termsPublished) process.stdout.write('First terms of use published.\n');
  process.stdout.write(
    created ? `Demo data created: ${created} accounts (see README).\n` : 'Demo data is already there.\n',
  );
});
