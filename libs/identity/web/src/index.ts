// Public API of the identity pages: their routes, the header's account menu, the signed-in member hook
// (and its prefetch at start-up) and the translations the app adds to its i18next instance.
export { IDENTITY_NAMESPACE, identityResources, type IdentityTranslations } from './i18n/resources';
export { safeNextPath, signInPathFor } from './lib/common/safe-next-path';
export { identityRoutes } from './lib/routes';
export { identityWebFeature } from './feature';
export { AccountMenu } from './lib/viewer/AccountMenu';
export { prefetchViewer, useViewer, type Viewer, type ViewerState } from './lib/viewer/useViewer';
