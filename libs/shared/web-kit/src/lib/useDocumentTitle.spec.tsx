// The page title: "<page> · LoveCanDo", set with the page and following language changes.
import { act } from '@testing-library/react';
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderWithKit } from '../test/render-with-kit';
import { KIT_NAMESPACE, kitResources } from '../i18n/resources';
import { type ServerHead, ServerHeadContext } from './server-head';
import { useDocumentTitle } from './useDocumentTitle';

function Page({ title }: { title: string }) {
  useDocumentTitle(title);
  return <h1>{title}</h1>;
}

describe('useDocumentTitle', () => {
  it('names the page, then the platform', () => {
    renderWithKit(<Page title="Accueil" />);
    expect(document.title).toBe('Accueil · LoveCanDo');
  });

  it('follows the page title it is given', () => {
    const { rerender } = renderWithKit(<Page title="Accueil" />);
    rerender(<Page title="Profil" />);
    expect(document.title).toBe('Profil · LoveCanDo');
  });

  it('follows a language change of the format itself', async () => {
    const { i18n } = renderWithKit(<Page title="Home" />, 'fr');
    // Both languages share the format today; a different one proves the title is re-read on a change.
    i18n.addResource('en', 'kit', 'documentTitle', 'LoveCanDo: {{page}}');
    await act(() => i18n.changeLanguage('en'));
    expect(document.title).toBe('LoveCanDo: Home');
  });

  it('hands the title to the document the server writes, where no effect runs', () => {
    const i18n = i18next.createInstance();
    void i18n.use(initReactI18next).init({
      resources: { fr: { [KIT_NAMESPACE]: kitResources.fr } },
      lng: 'fr',
      ns: [KIT_NAMESPACE],
      defaultNS: KIT_NAMESPACE,
      initAsync: false,
    });
    const head: ServerHead = {};
    renderToString(
      <I18nextProvider i18n={i18n}>
        <ServerHeadContext.Provider value={head}>
          <Page title="Conditions d’utilisation" />
        </ServerHeadContext.Provider>
      </I18nextProvider>,
    );
    expect(head.title).toBe('Conditions d’utilisation · LoveCanDo');
    expect(document.title).toBe('');
  });
});
