// The web kit as the app composes it: no pages, only its texts (namespace "kit": the page title format and
// the generic loading message), which every feature's pages use.
import { type WebFeature } from '@lovecando/shared-web-data';
import { KIT_NAMESPACE, kitResources, type KitTranslations } from './i18n/resources';

export const kitWebFeature: WebFeature<typeof KIT_NAMESPACE, KitTranslations> = {
  name: 'kit',
  routes: [],
  i18n: { namespace: KIT_NAMESPACE, resources: kitResources },
};
