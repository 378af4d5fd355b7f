// Pagination: a named navigation landmark, the current page marked, previous and next by keyboard.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pagination, visiblePages } from './Pagination';

const renderPagination = (page: number, onPageChange = vi.fn()) =>
  render(
    <Pagination
      label="Pages of the list"
      page={page}
      pageCount={10}
      onPageChange={onPageChange}
      previousLabel="Previous"
      nextLabel="Next"
      pageLabel={(n) => `Page ${n}`}
    />,
  );

describe('visiblePages', () => {
  it('keeps the ends and the neighbours of the current page, with gaps between', () => {
    expect(visiblePages(1, 10)).toEqual([1, 2, null, 10]);
    expect(visiblePages(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    // A gap of a single page shows that page instead of an ellipsis.
    expect(visiblePages(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(visiblePages(2, 3)).toEqual([1, 2, 3]);
  });
});

describe('Pagination', () => {
  it('is a navigation landmark named by its label, with the current page marked', () => {
    renderPagination(5);
    const nav = screen.getByRole('navigation', { name: 'Pages of the list' });
    expect(within(nav).getByRole('button', { name: 'Page 5' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('button', { name: 'Page 4' }).getAttribute('aria-current')).toBeNull();
  });

  it('goes to the next and previous page from the keyboard', async () => {
    const onPageChange = vi.fn();
    renderPagination(5, onPageChange);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Previous/ }));
    await userEvent.keyboard('{Enter}');
    expect(onPageChange).toHaveBeenLastCalledWith(4);
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(onPageChange).toHaveBeenLastCalledWith(6);
    await userEvent.click(screen.getByRole('button', { name: 'Page 10' }));
    expect(onPageChange).toHaveBeenLastCalledWith(10);
  });

  it('disables previous on the first page', () => {
    renderPagination(1);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Previous/ }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Next/ }).disabled).toBe(false);
  });
});
