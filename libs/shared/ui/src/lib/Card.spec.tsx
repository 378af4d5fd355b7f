// Card: a heading at the level asked, body and footer, and no landmark of its own.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Card } from './Card';

describe('Card', () => {
  it('names its content with a heading of the chosen level', () => {
    render(
      <Card title="Proposal 12" headingLevel={2} footer={<span>Open until Friday</span>}>
        <p>Body</p>
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Proposal 12' })).toBeTruthy();
    expect(screen.getByText('Body')).toBeTruthy();
    expect(screen.getByText('Open until Friday')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('can be an article for a self-contained item', () => {
    render(
      <Card as="article" title="Proposal 12">
        <p>Body</p>
      </Card>,
    );
    expect(screen.getByRole('article').textContent).toContain('Proposal 12');
  });
});
