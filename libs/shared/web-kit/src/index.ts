// Public API of the web kit: the hooks and small wiring every web feature shares — page titles, the
// interface language, dates and numbers per language, loading state, form errors with focus handling —
// and the kit's translations, which the app adds to its i18next instance.
export { KIT_NAMESPACE, kitResources, type KitTranslations } from './i18n/resources';
export { kitWebFeature } from './feature';
export { formatDate, formatDateTime, formatNumber, type DateStyle, type TimeStyle } from './lib/format';
export {
  hasErrors,
  useFocusOnError,
  useFormErrors,
  type FieldBinding,
  type FormErrors,
} from './lib/form-errors';
export { FormErrorSummary, type FormErrorSummaryProps } from './lib/FormErrorSummary';
export { Loading } from './lib/Loading';
export { LocalDate, type LocalDateProps } from './lib/LocalDate';
export { ServerHeadContext, type ServerHead } from './lib/server-head';
export { useDocumentTitle } from './lib/useDocumentTitle';
export { useUiLanguage } from './lib/useUiLanguage';
