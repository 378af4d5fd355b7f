// Types the identity namespace's keys from the French file for this library's own typecheck, so a
// misspelt key fails. The app declares the same namespace next to its own (apps/web/src/i18n).
import { type KitTranslations } from '@lovecando/shared-web-kit';
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'identity';
    resources: { identity: typeof fr; kit: KitTranslations };
  }
}
