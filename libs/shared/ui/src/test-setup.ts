// Test setup for the design system. Vitest globals are off, so Testing Library cannot register its own
// cleanup: unmount every rendered tree here so one spec never sees another's DOM.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A page's first render with real translations can outlast Testing Library's 1 s default wait on a busy
// two-core machine; findBy* waits up to 5 s (a bound on waiting, not a measure of speed).
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no CSS.escape, which react-aria's collections (tabs) and modal (the header's compact menu) use
// to look up elements by id; a minimal stand-in is enough for the simple ids they escape.
if (typeof globalThis.CSS?.escape !== 'function') {
  Object.assign(globalThis, {
    CSS: { ...globalThis.CSS, escape: (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`) },
  });
}

afterEach(() => {
  cleanup();
});
