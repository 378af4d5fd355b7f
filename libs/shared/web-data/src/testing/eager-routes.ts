// For tests: a route table whose lazy routes are already loaded. The app's pages are lazy routes (each its
// own chunk), which a router loads before its first render; a test renders a memory router on the loaded
// table so that its first render already shows the page, as the app's does once it starts.
import { type RouteObject } from 'react-router';

export async function eagerRoutes(routes: readonly RouteObject[]): Promise<RouteObject[]> {
  return Promise.all(
    routes.map(async ({ lazy, children, ...route }) => {
      const loaded = typeof lazy === 'function' ? await lazy() : {};
      const nested = children ? { children: await eagerRoutes(children) } : {};
      return { ...route, ...loaded, ...nested } as RouteObject;
    }),
  );
}
