// About page through the whole app (layout, router, i18n) with a mocked urql client: the platform's
// live status and server clock in both languages, with their loading and error states.
import { type HomeStatusQuery as HomeStatusData } from '@lovecando/shared-web-data';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeErrorResult, makeResult, type Operation, type OperationResult } from 'urql';
import { describe, expect, it } from 'vitest';
import { fromValue, makeSubject, map, never, pipe, type Source } from 'wonka';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/languages';
import { createMockClient } from '@lovecando/shared-web-data/testing';
import { renderApp } from '../../test/render-app';

const status: HomeStatusData = {
  about: {
    name: 'LoveCanDo',
    version: '1.4.2',
    environment: 'production',
    startedAt: '2025-03-14T08:00:00.000Z',
  },
  health: { status: 'READY', database: true, migrations: true, checkedAt: '2025-03-14T09:26:53.000Z' },
};

/** Client answering the status query with `query` and the clock subscription with `serverTime`. */
function clientWith({
  query = (operation) => fromValue(makeResult(operation, { data: status })),
  serverTime = () => never,
}: {
  query?: (operation: Operation) => Source<OperationResult>;
  serverTime?: (operation: Operation) => Source<OperationResult>;
} = {}) {
  return createMockClient((operation) =>
    operation.kind === 'subscription' ? serverTime(operation) : query(operation),
  ).client;
}

/** Text of the value cell in the status table row named `label`. */
const statusValue = (label: string): string | null =>
  within(screen.getByRole('row', { name: new RegExp(`^${label}`) })).getByRole('cell').textContent;

describe('AboutPage', () => {
  it('is in French by default, with its title, and follows a switch to English', async () => {
    renderApp({ client: clientWith(), path: '/about' });
    expect(screen.getByRole('heading', { level: 1, name: 'À propos de LoveCanDo' })).toBeTruthy();
    expect(document.title).toBe('À propos · LoveCanDo');
    expect(statusValue('État')).toBe('Prête');

    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'About LoveCanDo' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'API version and health' })).toBeTruthy();
    expect(statusValue('Status')).toBe('Ready');
    expect(document.title).toBe('About · LoveCanDo');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('is reached from the footer of every page', async () => {
    renderApp({ client: clientWith() });
    const footer = within(screen.getByRole('contentinfo'));
    await userEvent.click(footer.getByRole('link', { name: 'À propos et état de la plateforme' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'À propos de LoveCanDo' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Version et état de l’API' })).toBeTruthy();
  });

  it('shows the API version, environment and health in the status table', () => {
    renderApp({ client: clientWith(), path: '/about' });
    expect(screen.getByRole('table', { name: 'Version et état de l’API' })).toBeTruthy();
    expect(statusValue('Version')).toBe('1.4.2');
    expect(statusValue('Environnement')).toBe('production');
    expect(statusValue('État')).toBe('Prête');
    expect(statusValue('Base de données')).toBe('Répond');
    expect(statusValue('Migrations')).toBe('Toutes appliquées');
  });

  it('reports a database that does not answer and pending migrations', () => {
    const notReady: HomeStatusData = {
      ...status,
      health: { ...status.health, status: 'NOT_READY', database: false, migrations: false },
    };
    renderApp({
      client: clientWith({ query: (operation) => fromValue(makeResult(operation, { data: notReady })) }),
      path: '/about',
    });
    expect(statusValue('État')).toBe('Pas prête');
    expect(statusValue('Base de données')).toBe('Ne répond pas');
    expect(statusValue('Migrations')).toBe('En attente');
  });

  it('shows a translated loading status while the query runs', () => {
    renderApp({ client: clientWith({ query: () => never }), path: '/about' });
    const statusSection = screen.getByRole('region', { name: 'État de la plateforme' });
    expect(within(statusSection).getByRole('status').textContent).toBe('Chargement de l’état de l’API…');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a translated error alert, and the retry button asks the API again', async () => {
    let apiUp = false;
    const client = clientWith({
      query: (operation) =>
        fromValue(
          apiUp
            ? makeResult(operation, { data: status })
            : makeErrorResult(operation, new Error('Failed to fetch')),
        ),
    });
    renderApp({ client, path: '/about' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('L’API ne répond pas');
    expect(alert.textContent).toContain('L’état de la plateforme n’a pas pu être chargé.');
    expect(screen.queryByRole('table')).toBeNull();

    // Only a new request can see the API back up: the table proves the button re-ran the query.
    apiUp = true;
    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(statusValue('Version')).toBe('1.4.2');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the live server time and follows each update', () => {
    const ticks = makeSubject<string>();
    const client = clientWith({
      serverTime: (operation) =>
        pipe(
          ticks.source,
          map((serverTime) => makeResult(operation, { data: { serverTime } })),
        ),
    });
    const { container } = renderApp({ client, path: '/about' });
    expect(screen.getByText('Connexion au canal temps réel…')).toBeTruthy();

    act(() => ticks.next('2025-03-14T09:26:53.000Z'));
    expect(container.querySelector('time')?.getAttribute('dateTime')).toBe('2025-03-14T09:26:53.000Z');
    const first = container.querySelector('time')?.textContent;

    act(() => ticks.next('2025-03-14T09:26:54.000Z'));
    expect(container.querySelector('time')?.getAttribute('dateTime')).toBe('2025-03-14T09:26:54.000Z');
    expect(container.querySelector('time')?.textContent).not.toBe(first);
    expect(screen.queryByText('Connexion au canal temps réel…')).toBeNull();
  });

  it('shows a translated warning when the live channel fails', () => {
    const client = clientWith({
      serverTime: (operation) => fromValue(makeErrorResult(operation, new Error('socket closed'))),
    });
    renderApp({ client, path: '/about' });
    expect(screen.getByText('Le canal temps réel est interrompu')).toBeTruthy();
  });
});
