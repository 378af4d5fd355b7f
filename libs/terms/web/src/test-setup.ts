// Test setup for the terms-of-use page. Vitest globals are off, so Testing Library cannot register its
// own cleanup: unmount every tree and reset what the page may have changed.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  document.title = '';
});
