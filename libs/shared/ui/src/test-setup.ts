// Test setup for the design system. Vitest globals are off, so Testing Library cannot register its own
// cleanup: unmount every rendered tree here so one spec never sees another's DOM.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
