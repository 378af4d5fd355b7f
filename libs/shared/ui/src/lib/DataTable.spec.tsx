// Table semantics: caption, column and row headers.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataTableColumn } from './DataTable';

interface Row {
  name: string;
  value: string;
}

const columns: DataTableColumn<Row>[] = [
  { id: 'name', header: 'Item', cell: (row) => row.name, isRowHeader: true },
  { id: 'value', header: 'Value', cell: (row) => row.value },
];

describe('DataTable', () => {
  const renderTable = () =>
    render(
      <DataTable
        caption="API status"
        columns={columns}
        rows={[
          { name: 'Version', value: '1.2.3' },
          { name: 'Database', value: 'Available' },
        ]}
        getRowKey={(row) => row.name}
      />,
    );

  it('is named by its caption', () => {
    renderTable();
    expect(screen.getByRole('table', { name: 'API status' })).toBeTruthy();
  });

  it('has column headers and a row header per row', () => {
    renderTable();
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Item', 'Value']);
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Version', 'Database']);
  });

  it('renders one row per record with its cells', () => {
    renderTable();
    const row = screen.getByRole('row', { name: /Version/ });
    expect(within(row).getByRole('cell').textContent).toBe('1.2.3');
    // header row + two body rows
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });
});
