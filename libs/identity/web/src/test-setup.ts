// Test setup for the identity pages. Vitest globals are off, so Testing Library cannot register its own
// cleanup: unmount every tree and reset what a page may have changed.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no CSS.escape, which react-aria's modal uses to look up a meta tag; a minimal stand-in is
// enough for the simple names it escapes.
if (typeof globalThis.CSS?.escape !== 'function') {
  Object.assign(globalThis, {
    CSS: { ...globalThis.CSS, escape: (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`) },
  });
}

afterEach(() => {
  cleanup();
  document.title = '';
});
