// Test setup for the web app. Vitest globals are off, so Testing Library cannot register its own
// cleanup: unmount every tree and forget the stored language (localStorage and its cookie) so each test
// starts as a new visitor.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A page's first render with real translations can outlast Testing Library's 1 s default wait on a busy
// two-core machine; findBy* waits up to 5 s (a bound on waiting, not a measure of speed).
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no CSS.escape, which react-aria's modal (the header's compact menu) uses to look up a meta
// tag; a minimal stand-in is enough for the simple names it escapes.
if (typeof globalThis.CSS?.escape !== 'function') {
  Object.assign(globalThis, {
    CSS: { ...globalThis.CSS, escape: (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`) },
  });
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; path=/; max-age=0`;
  }
  document.documentElement.lang = '';
  document.title = '';
});
