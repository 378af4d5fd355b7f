// Sets the translated <title> of the current page, "<page> · LoveCanDo"; it follows language changes.
// A layout effect, so the title changes in the same commit as the page it names. On the server, where no
// effect runs, the title is handed to the document the server writes (server-head.ts).
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerHead } from './server-head';

export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation('kit');
  const title = t('documentTitle', { page: pageTitle });
  const serverHead = useServerHead();
  if (serverHead) serverHead.title = title;
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
