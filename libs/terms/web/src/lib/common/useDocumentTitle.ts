// Sets the translated <title> of the current page; it follows language changes.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation('terms');
  const title = t('documentTitle', { page: pageTitle });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
