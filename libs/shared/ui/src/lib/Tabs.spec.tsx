// Tabs: a named tab list, one panel labelled by its tab, arrow keys select the next tab.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Tabs } from './Tabs';

const tabs = [
  { id: 'text', label: 'Text', content: <p>The proposal</p> },
  { id: 'debate', label: 'Debate', content: <p>The comments</p> },
  { id: 'results', label: 'Results', content: <p>The tally</p> },
];

describe('Tabs', () => {
  it('names the tab list and shows the first panel, labelled by its tab', () => {
    render(<Tabs label="Views" tabs={tabs} />);
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Text' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Text' }).textContent).toBe('The proposal');
  });

  it('selects the next and previous tab with the arrow keys', async () => {
    const onSelectionChange = vi.fn();
    render(<Tabs label="Views" tabs={tabs} onSelectionChange={onSelectionChange} />);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Text' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Debate' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Debate' }).textContent).toBe('The comments');
    expect(onSelectionChange).toHaveBeenLastCalledWith('debate');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    // Arrows wrap around: left from the first tab reaches the last.
    expect(screen.getByRole('tab', { name: 'Results' }).getAttribute('aria-selected')).toBe('true');
  });

  it('opens on the tab it is told', () => {
    render(<Tabs label="Views" tabs={tabs} defaultSelectedId="results" />);
    expect(screen.getByRole('tabpanel', { name: 'Results' }).textContent).toBe('The tally');
  });
});
