// A bar chart with its table alternative, for results and statistics: a figure with a caption, bars
// drawn in SVG with their values written beside them, a text alternative that reads every value, and a
// button that shows the same numbers as a data table (WCAG 1.1.1; the table is what screen reader and
// keyboard users navigate best, and what anyone can copy).
import { type ReactNode, useId, useState } from 'react';
import { Button } from './Button';
import { DataTable, type DataTableColumn } from './DataTable';

export interface BarDatum {
  id: string;
  label: string;
  value: number;
}

export interface BarChartProps {
  /** Caption of the figure, also the table's caption. */
  caption: string;
  data: readonly BarDatum[];
  /** Header of the label column, e.g. "Option". */
  categoryHeader: string;
  /** Header of the value column, e.g. "Votes". */
  valueHeader: string;
  /** How a value is written, in the interface language (e.g. through formatNumber). */
  formatValue: (value: number) => string;
  showTableLabel: string;
  hideTableLabel: string;
  /** Open with the table shown. */
  defaultShowTable?: boolean;
  /** Notes under the chart (source, date). */
  footnote?: ReactNode;
}

export function BarChart({
  caption,
  data,
  categoryHeader,
  valueHeader,
  formatValue,
  showTableLabel,
  hideTableLabel,
  defaultShowTable = false,
  footnote,
}: BarChartProps) {
  const [showTable, setShowTable] = useState(defaultShowTable);
  const captionId = useId();
  const tableId = useId();
  // Bars are scaled to the largest value; a chart of zeros draws empty tracks, not NaN widths.
  const max = Math.max(0, ...data.map((datum) => datum.value));
  const summary = data.map((datum) => `${datum.label}: ${formatValue(datum.value)}`).join(', ');
  const columns: DataTableColumn<BarDatum>[] = [
    { id: 'label', header: categoryHeader, cell: (datum) => datum.label, isRowHeader: true },
    { id: 'value', header: valueHeader, cell: (datum) => formatValue(datum.value) },
  ];
  return (
    <figure className="lcd-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="lcd-chart__caption">
        {caption}
      </figcaption>
      <div className="lcd-chart__plot" role="img" aria-label={`${caption}. ${summary}`}>
        {data.map((datum) => (
          <div key={datum.id} className="lcd-chart__row" aria-hidden="true">
            <span className="lcd-chart__label">{datum.label}</span>
            <svg className="lcd-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect className="lcd-chart__track" x="0" y="0" width="100" height="10" />
              <rect
                className="lcd-chart__fill"
                x="0"
                y="0"
                width={max > 0 ? (Math.max(0, datum.value) / max) * 100 : 0}
                height="10"
              />
            </svg>
            <span className="lcd-chart__value">{formatValue(datum.value)}</span>
          </div>
        ))}
      </div>
      {footnote ? <div className="lcd-chart__footnote">{footnote}</div> : null}
      <div className="lcd-chart__toggle">
        <Button
          variant="secondary"
          aria-expanded={showTable}
          aria-controls={showTable ? tableId : undefined}
          onPress={() => setShowTable((shown) => !shown)}
        >
          {showTable ? hideTableLabel : showTableLabel}
        </Button>
      </div>
      {showTable ? (
        <div id={tableId}>
          <DataTable caption={caption} columns={columns} rows={data} getRowKey={(datum) => datum.id} />
        </div>
      ) : null}
    </figure>
  );
}
