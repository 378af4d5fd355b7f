// The interface language hook: reads the current language and changes it.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithKit } from '../test/render-with-kit';
import { useUiLanguage } from './useUiLanguage';

function Probe() {
  const [language, setLanguage] = useUiLanguage();
  return (
    <button type="button" onClick={() => setLanguage(language === 'fr' ? 'en' : 'fr')}>
      {language}
    </button>
  );
}

describe('useUiLanguage', () => {
  it('reports the language the interface is in', () => {
    renderWithKit(<Probe />, 'en');
    expect(screen.getByRole('button').textContent).toBe('en');
  });

  it('changes the interface language', async () => {
    const { i18n } = renderWithKit(<Probe />, 'fr');
    await userEvent.click(screen.getByRole('button', { name: 'fr' }));
    expect(i18n.resolvedLanguage).toBe('en');
    expect(screen.getByRole('button').textContent).toBe('en');
  });

  it('falls back to French for a language the platform does not offer', async () => {
    const { i18n } = renderWithKit(<Probe />, 'en');
    await act(() => i18n.changeLanguage('de'));
    expect(screen.getByRole('button').textContent).toBe('fr');
  });
});
