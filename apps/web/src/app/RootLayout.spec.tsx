// The header of every page: who is signed in (name, role, profile, admin link, sign-out) or the links to
// sign in and sign up, through the whole app with a mocked API; the compact menu of narrow screens; and
// the footer's link to the terms of use.
import { member, type MemberData } from '@lovecando/identity-web/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Kind } from 'graphql';
import { makeResult, type Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { fromValue, never } from 'wonka';
import { createMockClient } from '@lovecando/shared-web-data/testing';
import { renderApp } from '../test/render-app';

type Member = MemberData;

const ada = member();

const nameOf = (operation: Operation): string =>
  operation.query.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)?.name
    ?.value ?? '';

/** A client that answers `me` with `viewer` and leaves the home page's own queries pending. */
function clientFor(viewer: () => Member | null, onSignOut?: () => void) {
  return createMockClient((operation) => {
    switch (nameOf(operation)) {
      case 'Viewer':
        return fromValue(makeResult(operation, { data: { me: viewer() } }));
      case 'SignOut':
        onSignOut?.();
        return fromValue(makeResult(operation, { data: { signOut: true } }));
      default:
        return never;
    }
  }).client;
}

const banner = () => within(screen.getByRole('banner'));

describe('RootLayout header', () => {
  it('offers to sign in and to sign up when signed out', async () => {
    renderApp({ client: clientFor(() => null) });
    const account = await banner().findByRole('navigation', { name: 'Mon compte' });
    expect(within(account).getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe('/sign-in');
    expect(within(account).getByRole('link', { name: 'Créer un compte' }).getAttribute('href')).toBe(
      '/sign-up',
    );
    expect(within(account).queryByRole('button', { name: 'Se déconnecter' })).toBeNull();
  });

  it('keeps the room of the account links while `me` is on its way, hidden from everyone', () => {
    renderApp({ client: createMockClient(() => never).client });
    expect(banner().queryByRole('navigation', { name: 'Mon compte' })).toBeNull();
    expect(banner().queryByRole('link', { name: 'Se connecter' })).toBeNull();
    const room = banner().getByText('Se connecter').closest('.identity-account');
    expect(room?.getAttribute('aria-hidden')).toBe('true');
    expect(room?.hasAttribute('inert')).toBe(true);
  });

  it('shows the signed-in member with their translated role, profile link and sign-out', async () => {
    renderApp({ client: clientFor(() => ada) });
    const account = await banner().findByRole('navigation', { name: 'Mon compte' });
    expect(await within(account).findByText('Ada Lovelace')).toBeTruthy();
    expect(within(account).getByText('Membre')).toBeTruthy();
    expect(within(account).getByRole('link', { name: 'Mon profil' }).getAttribute('href')).toBe('/profile');
    expect(within(account).getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
    expect(within(account).queryByRole('link', { name: 'Administration' })).toBeNull();
    expect(within(account).queryByRole('link', { name: 'Se connecter' })).toBeNull();

    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(within(account).getByText('Member')).toBeTruthy();
    expect(within(account).getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('links admins to member administration', async () => {
    renderApp({ client: clientFor(() => ({ ...ada, role: 'ADMIN' })) });
    const link = await banner().findByRole('link', { name: 'Administration' });
    expect(link.getAttribute('href')).toBe('/admin/members');
    expect(banner().getByText('Administrateur')).toBeTruthy();
  });

  it('signs out, then shows the sign-in link again', async () => {
    let signedIn = true;
    renderApp({
      client: clientFor(
        () => (signedIn ? ada : null),
        () => (signedIn = false),
      ),
    });
    await userEvent.click(await banner().findByRole('button', { name: 'Se déconnecter' }));
    await waitFor(() => expect(banner().getByRole('link', { name: 'Se connecter' })).toBeTruthy());
    expect(banner().queryByText('Ada Lovelace')).toBeNull();
  });
});

describe('RootLayout footer', () => {
  it('links to the terms of use, which open without signing in', async () => {
    renderApp({ client: clientFor(() => null) });
    const footer = within(screen.getByRole('contentinfo'));
    const link = footer.getByRole('link', { name: 'Conditions d’utilisation' });
    expect(link.getAttribute('href')).toBe('/terms');

    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Conditions d’utilisation' })).toBeTruthy();
    expect(document.title).toBe('Conditions d’utilisation · LoveCanDo');

    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeTruthy();
    expect(footer.getByRole('link', { name: 'Terms of use' }).getAttribute('href')).toBe('/terms');
  });
});

describe('RootLayout compact menu (narrow screens)', () => {
  it('opens a labelled dialog with the navigation, account and language, and Escape closes it', async () => {
    renderApp({ client: clientFor(() => ada) });
    const toggle = banner().getByRole('button', { name: 'Menu' });
    await userEvent.click(toggle);

    const menu = await screen.findByRole('dialog', { name: 'Menu' });
    expect(within(menu).getByRole('navigation', { name: 'Navigation principale' })).toBeTruthy();
    const account = within(menu).getByRole('navigation', { name: 'Mon compte' });
    expect(await within(account).findByText('Ada Lovelace')).toBeTruthy();
    expect(within(account).getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
    expect(within(menu).getByRole('radiogroup', { name: 'Langue' })).toBeTruthy();
    // react-aria moves focus into the dialog as it opens.
    expect(menu.contains(document.activeElement)).toBe(true);

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    // react-aria gives the focus back to the button once the dialog has unmounted, a frame later.
    await waitFor(() => expect(document.activeElement).toBe(toggle));
  });

  it('closes with its close button, named in the visitor’s language', async () => {
    renderApp({ client: clientFor(() => null) });
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    await userEvent.click(banner().getByRole('button', { name: 'Menu' }));
    const menu = await screen.findByRole('dialog', { name: 'Menu' });
    await userEvent.click(within(menu).getByRole('button', { name: 'Close the menu' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes once a link in it has taken the visitor to another page', async () => {
    renderApp({ client: clientFor(() => null) });
    await userEvent.click(banner().getByRole('button', { name: 'Menu' }));
    const menu = await screen.findByRole('dialog', { name: 'Menu' });
    await userEvent.click(await within(menu).findByRole('link', { name: 'Se connecter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
