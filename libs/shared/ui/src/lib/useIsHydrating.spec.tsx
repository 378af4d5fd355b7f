// useIsHydrating: what a page renders while the server draws it and while the browser adopts that drawing,
// then after it.
import { act } from '@testing-library/react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useIsHydrating } from './useIsHydrating';

const seen: boolean[] = [];
function Probe() {
  const hydrating = useIsHydrating();
  seen.push(hydrating);
  return <p>{hydrating ? 'as drawn' : 'in the browser'}</p>;
}

describe('useIsHydrating', () => {
  it('is true while the server draws', () => {
    expect(renderToString(<Probe />)).toContain('as drawn');
  });

  it('is true while the browser adopts a drawing, then false in the next render', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Probe />);
    const drawn = container.querySelector('p');
    seen.length = 0;
    const errors: unknown[] = [];
    act(() => {
      hydrateRoot(container, <Probe />, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(seen[0]).toBe(true);
    expect(seen.at(-1)).toBe(false);
    expect(errors).toEqual([]);
    expect(container.querySelector('p')).toBe(drawn);
    expect(drawn?.textContent).toBe('in the browser');
  });

  it('is false on a page the browser draws by itself', () => {
    const container = document.createElement('div');
    seen.length = 0;
    act(() => createRoot(container).render(<Probe />));
    expect(seen).not.toContain(true);
    expect(container.textContent).toBe('in the browser');
  });
});
