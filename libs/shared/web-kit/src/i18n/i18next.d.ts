// Types the kit namespace's keys from the French file for this library's own typecheck, so a misspelt
// key fails. Libraries that use the kit declare the same namespace next to their own.
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'kit';
    resources: { kit: typeof fr };
  }
}
