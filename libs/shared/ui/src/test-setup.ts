// Test setup for the design system. Vitest globals are off, so Testing Library cannot register its own
// cleanup: unmount every rendered tree here so one spec never sees another's DOM.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A page's first render with real translations can outlast Testing Library's 1 s default wait on a busy
// two-core machine; findBy* waits up to 5 s (a bound on waiting, not a measure of speed).
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
