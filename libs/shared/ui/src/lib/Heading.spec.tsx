// Heading levels.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Heading } from './Heading';

describe('Heading', () => {
  it.each([1, 2, 3] as const)('renders a heading of level %i', (level) => {
    render(<Heading level={level}>Title</Heading>);
    const heading = screen.getByRole('heading', { name: 'Title', level });
    expect(heading.tagName).toBe(`H${level}`);
  });
});
