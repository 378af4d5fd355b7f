// eagerRoutes: what a lazy route loads ends up on the route, at every depth, and nothing else changes.
import { type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { eagerRoutes } from './eager-routes';

const Page = () => null;
const Layout = () => null;

describe('eagerRoutes', () => {
  it('puts what each lazy route loads on the route, nested routes included', async () => {
    const table: RouteObject[] = [
      {
        Component: Layout,
        children: [
          { index: true, lazy: () => Promise.resolve({ Component: Page }) },
          { path: 'terms', lazy: () => Promise.resolve({ Component: Page }) },
        ],
      },
    ];
    const [root] = await eagerRoutes(table);
    expect(root?.Component).toBe(Layout);
    expect(root?.children?.map((route) => [route.path, route.Component, route.lazy])).toEqual([
      [undefined, Page, undefined],
      ['terms', Page, undefined],
    ]);
    expect(root?.children?.[0]?.index).toBe(true);
  });
});
