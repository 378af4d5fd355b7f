// Test setup for the web app. Vitest globals are off, so Testing Library cannot register its own
// cleanup: unmount every tree and forget the stored language so each test starts as a new visitor.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = '';
  document.title = '';
});
