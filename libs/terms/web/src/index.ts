// Public API of the terms-of-use page: its route and the translations the app adds to its i18next
// instance.
export { TERMS_NAMESPACE, termsResources, type TermsTranslations } from './i18n/resources';
export { termsRoutes } from './lib/routes';
export { termsWebFeature } from './feature';
