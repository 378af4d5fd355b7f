// Meter and progress bar: role, name, range and the text value read with them.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Meter, ProgressBar } from './Meter';

describe('Meter', () => {
  it('is a meter named by its label, with its range and value text', () => {
    render(<Meter label="Turnout" value={42} valueLabel="42 of 100 members" />);
    const meter = screen.getByRole('meter', { name: 'Turnout' });
    expect(meter.getAttribute('aria-valuenow')).toBe('42');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.getAttribute('aria-valuetext')).toBe('42 of 100 members');
    expect(meter.textContent).toContain('42 of 100 members');
  });

  it('fills in proportion to its range', () => {
    const { container } = render(<Meter label="Quorum" value={30} maxValue={40} />);
    expect(container.querySelector<HTMLElement>('.lcd-bar__fill')?.style.width).toBe('75%');
  });
});

describe('ProgressBar', () => {
  it('is a progress bar with its value', () => {
    render(<ProgressBar label="Export" value={25} />);
    const bar = screen.getByRole('progressbar', { name: 'Export' });
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuetext')).toBe('25%');
  });

  it('says only that it runs when the length is unknown', () => {
    render(<ProgressBar label="Sealing" isIndeterminate />);
    const bar = screen.getByRole('progressbar', { name: 'Sealing' });
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
  });
});
