// Read-only table of records. A semantic <table> with a caption, column headers and optional row
// headers is what screen readers navigate best; no grid interaction is needed for display-only data.
import { type ReactNode } from 'react';

export interface DataTableColumn<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Cells of this column name their row (<th scope="row">). */
  isRowHeader?: boolean;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  getRowKey: (row: Row) => string;
  /**
   * For a table wider than a phone screen: wraps it in a labelled region that scrolls sideways and can
   * be focused, so keyboard users can scroll it too (WCAG 2.1.1).
   */
  scrollLabel?: string;
}

export function DataTable<Row>({ caption, columns, rows, getRowKey, scrollLabel }: DataTableProps<Row>) {
  const table = (
    <table className="lcd-table">
      <caption className="lcd-table__caption">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.id} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={getRowKey(row)}>
            {columns.map((column) =>
              column.isRowHeader ? (
                <th key={column.id} scope="row">
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.id}>{column.cell(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scrollLabel) return table;
  return (
    // A scrollable region must be focusable for keyboard scrolling; it is a named landmark, not a widget.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="lcd-table-scroll" role="region" aria-label={scrollLabel} tabIndex={0}>
      {table}
    </div>
  );
}
