// Pages that the server draws first (docs/architecture.md#first-paint-from-the-server) are then adopted by
// the browser (hydration): React takes over the server's markup, which only works when the browser's first
// render produces the same markup. What only the browser knows — who is signed in, the visitor's time
// zone — and what only the running app can do — send a form — wait for the render after hydration.
import { useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;

/**
 * True while the server renders a page and while the browser hydrates it, false in every later render
 * and in a page the browser draws by itself. React itself switches it: during hydration it reads the
 * server value, then renders again with the browser's.
 */
export function useIsHydrating(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => false,
    () => true,
  );
}
