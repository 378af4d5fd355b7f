// Sets the translated <title> of the current page, "<page> · LoveCanDo"; it follows language changes.
// A layout effect, so the title changes in the same commit as the page it names.
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation('kit');
  const title = t('documentTitle', { page: pageTitle });
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
