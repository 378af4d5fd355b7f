// Resolves once a data router has loaded what its first location needs (the lazy page chunks): rendering
// before that would show the layout with an empty page, then the page.
import { type createBrowserRouter } from 'react-router';

type DataRouter = Pick<ReturnType<typeof createBrowserRouter>, 'state' | 'subscribe'>;

export function whenRouterReady(router: DataRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}
