// Bar chart: a captioned figure whose picture reads every value, and a toggle to the same data as a table.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BarChart, type BarDatum } from './BarChart';

const data: BarDatum[] = [
  { id: 'yes', label: 'Yes', value: 1200 },
  { id: 'no', label: 'No', value: 300 },
  { id: 'abstain', label: 'Abstain', value: 0 },
];

const renderChart = () =>
  render(
    <BarChart
      caption="Votes on proposal 12"
      data={data}
      categoryHeader="Answer"
      valueHeader="Votes"
      formatValue={(value) => new Intl.NumberFormat('en').format(value)}
      showTableLabel="Show as a table"
      hideTableLabel="Hide the table"
    />,
  );

describe('BarChart', () => {
  it('is a figure named by its caption, whose picture reads every value', () => {
    renderChart();
    expect(screen.getByRole('figure', { name: 'Votes on proposal 12' })).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Votes on proposal 12. Yes: 1,200, No: 300, Abstain: 0',
    );
  });

  it('draws bars in proportion to the largest value', () => {
    const { container } = renderChart();
    const widths = [...container.querySelectorAll('.lcd-chart__fill')].map((bar) =>
      bar.getAttribute('width'),
    );
    expect(widths).toEqual(['100', '25', '0']);
  });

  it('shows and hides the same numbers as a table, with the toggle telling its state', async () => {
    renderChart();
    const toggle = screen.getByRole('button', { name: 'Show as a table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(toggle);
    const table = screen.getByRole('table', { name: 'Votes on proposal 12' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide the table');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')?.contains(table)).toBe(true);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Yes', 'No', 'Abstain']);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1,200', '300', '0']);
  });
});
