// The scopes this web app shows, as their manifests (libs/<scope>/web/src/feature.ts). The routes, the
// i18next namespaces, their types and the GraphQL cache are all built from this list, so a new scope is
// added to the web app here and nowhere else (npm run scope:new adds the line).
import { identityWebFeature } from '@lovecando/identity-web';
import { composeCache } from '@lovecando/shared-web-data';
import { kitWebFeature } from '@lovecando/shared-web-kit';
import { termsWebFeature } from '@lovecando/terms-web';

// `as const` keeps each feature's namespace literal, which the translation key types need (i18next.d.ts).
// The kit comes first: it has no pages, only the texts every page uses (namespace "kit").
export const webFeatures = [kitWebFeature, identityWebFeature, termsWebFeature] as const;

/** The features' cache settings, merged, for the GraphQL client. */
export const featureCache = () => composeCache(webFeatures.map((feature) => feature.cache));
