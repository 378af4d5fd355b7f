// Not-found route: translated content, title and the way back home.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { createMockClient } from '@lovecando/shared-web-data/testing';
import { renderApp } from '../../test/render-app';

describe('NotFoundPage', () => {
  it('tells in French that the address matches no page, with a translated title', () => {
    renderApp({ client: createMockClient(() => never).client, path: '/nowhere' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    expect(screen.getByText('Aucune page ne correspond à l’adresse /nowhere.')).toBeTruthy();
    expect(document.title).toBe('Page introuvable · LoveCanDo');
  });

  it('is translated to English', async () => {
    renderApp({ client: createMockClient(() => never).client, path: '/nowhere' });
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(document.title).toBe('Page not found · LoveCanDo');
  });

  it('links back to the home page and moves focus to the main content', async () => {
    renderApp({ client: createMockClient(() => never).client, path: '/nowhere' });
    await userEvent.click(screen.getByRole('link', { name: 'Retour à l’accueil' }));
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Une fondation de données qui appartient à ses membres',
      }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});
