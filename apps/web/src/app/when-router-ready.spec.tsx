// The route table's pages are lazy chunks: the router loads the first one before it is ready, so an app
// rendered once whenRouterReady resolves shows the page at its first render (as main.tsx does).
import { createMockClient } from '@lovecando/shared-web-data/testing';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { createI18n } from '../i18n/i18n';
import { App } from './App';
import { routes } from './routes';
import { whenRouterReady } from './when-router-ready';

describe('whenRouterReady', () => {
  it('resolves once the lazy page of the first address is loaded', async () => {
    const router = createMemoryRouter(routes, { initialEntries: ['/nowhere'] });
    expect(router.state.initialized).toBe(false);
    await whenRouterReady(router);
    expect(router.state.initialized).toBe(true);
    render(<App router={router} client={createMockClient(() => never).client} i18n={createI18n()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });

  it('resolves at once for a router that is already ready', async () => {
    const router = createMemoryRouter([{ path: '*', element: <p>ready</p> }]);
    expect(router.state.initialized).toBe(true);
    await expect(whenRouterReady(router)).resolves.toBeUndefined();
  });
});
