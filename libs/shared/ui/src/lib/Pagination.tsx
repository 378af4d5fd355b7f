// Moves through a long list page by page: a navigation landmark named by the caller ("Pages of the
// member list"), previous and next buttons, and the page numbers around the current one (marked with
// aria-current), with the first and last always in reach.
import { Button } from 'react-aria-components';

export interface PaginationProps {
  /** Accessible name of the navigation landmark. */
  label: string;
  /** The current page, from 1. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  previousLabel: string;
  nextLabel: string;
  /** Accessible name of a page button, e.g. (3) => "Page 3". */
  pageLabel: (page: number) => string;
}

/** Pages to show: first, last, and the current one with a neighbour each side; null marks a gap. */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1]);
  const pages = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const n of pages) {
    const previous = result[result.length - 1];
    if (typeof previous === 'number' && n - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) result.push(null);
    result.push(n);
  }
  return result;
}

export function Pagination({
  label,
  page,
  pageCount,
  onPageChange,
  previousLabel,
  nextLabel,
  pageLabel,
}: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="lcd-pagination">
      <ul className="lcd-pagination__list">
        <li>
          <Button
            className="lcd-pagination__button lcd-pagination__step"
            isDisabled={page <= 1}
            onPress={() => onPageChange(page - 1)}
          >
            <span aria-hidden="true">‹</span>
            {previousLabel}
          </Button>
        </li>
        {visiblePages(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} className="lcd-pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Button
                className="lcd-pagination__button"
                aria-label={pageLabel(n)}
                aria-current={n === page ? 'page' : undefined}
                onPress={() => onPageChange(n)}
              >
                {n}
              </Button>
            </li>
          ),
        )}
        <li>
          <Button
            className="lcd-pagination__button lcd-pagination__step"
            isDisabled={page >= pageCount}
            onPress={() => onPageChange(page + 1)}
          >
            {nextLabel}
            <span aria-hidden="true">›</span>
          </Button>
        </li>
      </ul>
    </nav>
  );
}
