// Progress and quantity bars on react-aria. A Meter shows a level within a known range (turnout against
// quorum, a readability score); a ProgressBar shows how far a task has got, or only that it is running.
// Both expose their role, range and a text value, so a screen reader reads "Turnout, 42 %".
import {
  Label,
  Meter as AriaMeter,
  ProgressBar as AriaProgressBar,
  type MeterProps as AriaMeterProps,
  type ProgressBarProps as AriaProgressBarProps,
} from 'react-aria-components';

interface BarProps {
  label: string;
  value?: number;
  minValue?: number;
  maxValue?: number;
  /** Text read and shown for the value, e.g. "42 of 100 members"; a percentage otherwise. */
  valueLabel?: string;
  /** Options for the default percentage text, e.g. the language through formatOptions. */
  formatOptions?: Intl.NumberFormatOptions;
}

export type MeterTone = 'neutral' | 'success' | 'warning' | 'danger';

export interface MeterProps extends BarProps {
  /** Colour of the fill, e.g. success once a quorum is reached; the text says it too. */
  tone?: MeterTone;
}

const ariaProps = ({ value, minValue, maxValue, valueLabel, formatOptions }: Omit<BarProps, 'label'>) => ({
  ...(value !== undefined ? { value } : {}),
  ...(minValue !== undefined ? { minValue } : {}),
  ...(maxValue !== undefined ? { maxValue } : {}),
  ...(valueLabel !== undefined ? { valueLabel } : {}),
  ...(formatOptions !== undefined ? { formatOptions } : {}),
});

export function Meter({ label, tone = 'neutral', ...props }: MeterProps) {
  const meterProps: AriaMeterProps = ariaProps(props);
  return (
    <AriaMeter {...meterProps} className={`lcd-bar lcd-bar--${tone}`}>
      {({ percentage, valueText }) => (
        <>
          <span className="lcd-bar__head">
            <Label className="lcd-bar__label">{label}</Label>
            <span className="lcd-bar__value">{valueText}</span>
          </span>
          <span className="lcd-bar__track">
            <span className="lcd-bar__fill" style={{ width: `${percentage}%` }} />
          </span>
        </>
      )}
    </AriaMeter>
  );
}

export interface ProgressBarProps extends BarProps {
  /** The task's length is unknown: the bar says only that it is running. */
  isIndeterminate?: boolean;
}

export function ProgressBar({ label, isIndeterminate = false, ...props }: ProgressBarProps) {
  const progressProps: AriaProgressBarProps = { ...ariaProps(props), isIndeterminate };
  return (
    <AriaProgressBar {...progressProps} className="lcd-bar lcd-bar--progress">
      {({ percentage, valueText }) => (
        <>
          <span className="lcd-bar__head">
            <Label className="lcd-bar__label">{label}</Label>
            {isIndeterminate ? null : <span className="lcd-bar__value">{valueText}</span>}
          </span>
          <span className="lcd-bar__track">
            <span
              className={`lcd-bar__fill${isIndeterminate ? ' lcd-bar__fill--indeterminate' : ''}`}
              style={isIndeterminate ? undefined : { width: `${percentage ?? 0}%` }}
            />
          </span>
        </>
      )}
    </AriaProgressBar>
  );
}
