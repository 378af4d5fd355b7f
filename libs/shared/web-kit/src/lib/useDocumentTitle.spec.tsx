// The page title: "<page> · LoveCanDo", set with the page and following language changes.
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit } from '../test/render-with-kit';
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
});
