// Landmarks, skip link, slots and compact menu of the app shell.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppShell } from './AppShell';

describe('AppShell', () => {
  const renderShell = () =>
    render(
      <AppShell
        skipLinkLabel="Skip to main content"
        brand="LoveCanDo"
        nav={<nav aria-label="Main">nav</nav>}
        languageSwitcher={<button type="button">lang</button>}
        footer="Footer text"
        mainId="content"
      >
        <p>Page body</p>
      </AppShell>,
    );

  it('starts with a skip link that targets the main landmark', () => {
    renderShell();
    const skipLink = screen.getByRole('link', { name: 'Skip to main content' });
    const main = screen.getByRole('main');
    expect(skipLink.getAttribute('href')).toBe('#content');
    expect(main.id).toBe('content');
    // The skip link must come before everything else in tab order.
    expect(document.querySelector('a, button')).toBe(skipLink);
  });

  it('lets the main landmark receive focus without becoming a tab stop', () => {
    renderShell();
    const main = screen.getByRole('main');
    expect(main.tabIndex).toBe(-1);
    main.focus();
    expect(document.activeElement).toBe(main);
  });

  it('puts the navigation and the language switcher in the header and the footer in contentinfo', () => {
    renderShell();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'lang' })).toBeTruthy();
    expect(within(screen.getByRole('contentinfo')).getByText('Footer text')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByText('Page body')).toBeTruthy();
  });

  it('offers the compact menu only when given its labels, and opens it on the same slots', async () => {
    renderShell();
    expect(screen.queryByRole('button', { name: 'Menu' })).toBeNull();
    cleanup();

    render(
      <AppShell
        skipLinkLabel="Skip to main content"
        brand="LoveCanDo"
        nav={<nav aria-label="Main">nav</nav>}
        menuLabels={{ open: 'Menu', title: 'Site menu', close: 'Close the menu' }}
      >
        <p>Page body</p>
      </AppShell>,
    );
    await userEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Menu' }));
    const menu = screen.getByRole('dialog', { name: 'Site menu' });
    expect(within(menu).getByRole('navigation', { name: 'Main' })).toBeTruthy();
    await userEvent.click(within(menu).getByRole('button', { name: 'Close the menu' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
