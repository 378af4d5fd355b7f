// Types translation keys from the French resource files, so a misspelt key fails the typecheck: the app's
// own texts and those of the feature libraries, each in its namespace.
import { type IdentityTranslations } from '@lovecando/identity-web';
import { type KitTranslations } from '@lovecando/shared-web-kit';
import { type TermsTranslations } from '@lovecando/terms-web';
import type catalogue from '../pages/ui-catalogue/i18n/fr.json';
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof fr;
      identity: IdentityTranslations;
      terms: TermsTranslations;
      kit: KitTranslations;
      catalogue: typeof catalogue;
    };
  }
}
