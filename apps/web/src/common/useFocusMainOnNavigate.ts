// After a client-side navigation, moves focus to <main>: without it, keyboard and screen reader users
// stay on the link they activated and are not told that the page content changed.
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

export function useFocusMainOnNavigate(mainId: string): void {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    // The first render is a page load: the browser already starts at the top of the document.
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    document.getElementById(mainId)?.focus();
  }, [pathname, mainId]);
}
