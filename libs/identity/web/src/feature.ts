// The identity scope's web manifest: the account pages, their texts (namespace "identity") and what the
// cache must know of members and sessions.
import { type WebFeature } from '@lovecando/shared-web-data';
import { IDENTITY_NAMESPACE, identityResources, type IdentityTranslations } from './i18n/resources';
import { identityRoutes } from './lib/routes';
import { prefetchViewer } from './lib/viewer/useViewer';

export const identityWebFeature: WebFeature<typeof IDENTITY_NAMESPACE, IdentityTranslations> = {
  name: 'identity',
  routes: identityRoutes,
  i18n: { namespace: IDENTITY_NAMESPACE, resources: identityResources },
  cache: {
    keys: {
      // Connection wrappers have no id: they are stored inside the query that returned them.
      MemberConnection: () => null,
      MemberEdge: () => null,
    },
    // The session cookie is httpOnly, so the app learns who is signed in only from `me`: after any
    // mutation that starts, ends or renews the session, ask again.
    sessionMutations: ['signIn', 'signOut', 'changePassword'],
  },
  // Every page's header shows who is signed in: ask as the app starts, on any page.
  prefetch: (client) => prefetchViewer(client),
};
