// Types translation keys from the French resource files, so a misspelt key fails the typecheck: the app's
// own texts and those of every feature in apps/web/src/app/features.ts, each in its namespace, and the
// component catalogue's (loaded with its page).
import type catalogue from '../pages/ui-catalogue/i18n/fr.json';
import type fr from './fr.json';
import { type webFeatures } from '../app/features';

/** Each feature's namespace with the type of its French texts. */
type FeatureResources = {
  [
    Feature in (typeof webFeatures)[number] as Feature['i18n']['namespace']
  ]: Feature['i18n']['resources']['fr'];
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr; catalogue: typeof catalogue } & FeatureResources;
  }
}
