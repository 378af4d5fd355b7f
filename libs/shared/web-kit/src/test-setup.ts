// Test setup for the web kit. Vitest globals are off, so Testing Library cannot register its own cleanup:
// unmount every tree and reset what a hook may have changed.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A first render with real translations can outlast Testing Library's 1 s default wait on a busy two-core
// machine; findBy* waits up to 5 s (a bound on waiting, not a measure of speed).
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  document.title = '';
});
