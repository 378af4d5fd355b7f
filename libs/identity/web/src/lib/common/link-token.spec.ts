import { describe, expect, it } from 'vitest';
import { tokenFromLocation } from './link-token';

describe('tokenFromLocation', () => {
  it('reads the token from the fragment of the link', () => {
    expect(tokenFromLocation('#token=abc_DEF-123', '')).toBe('abc_DEF-123');
  });

  it('still reads a token from the query string of an older link', () => {
    expect(tokenFromLocation('', '?token=old-link')).toBe('old-link');
  });

  it('prefers the fragment when both are there', () => {
    expect(tokenFromLocation('#token=new', '?token=old')).toBe('new');
  });

  it('is empty without a token', () => {
    expect(tokenFromLocation('', '')).toBe('');
    expect(tokenFromLocation('#section', '?lang=fr')).toBe('');
  });
});
