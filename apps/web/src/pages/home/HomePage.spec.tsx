// Home page through the whole app (layout, router, i18n) with a mocked API: languages, the five steps of a
// decision in order, what to do next signed out and signed in, and the honest empty sections.
import { member, type MemberData } from '@lovecando/identity-web/testing';
import { answer, createMockClient, operationName } from '@lovecando/shared-web-data/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/languages';
import { renderApp } from '../../test/render-app';

type Member = MemberData;

const ada = member();

/** A client that answers `me` with `viewer` and leaves anything else pending. */
const clientFor = (viewer: Member | null) =>
  createMockClient((operation) =>
    operationName(operation) === 'Viewer' ? answer(operation, { me: viewer }) : never,
  ).client;

const main = () => within(screen.getByRole('main'));

describe('HomePage', () => {
  it('is in French by default, with one h1, a French title and <html lang="fr">', () => {
    renderApp({ client: clientFor(null) });
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Une fondation de données qui appartient à ses membres',
      }),
    ).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(/LoveCanDo est une fondation de données détenue par ses membres/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Accueil · LoveCanDo');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Français' }).checked).toBe(true);
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    renderApp({ client: clientFor(null) });
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'A data foundation owned by its members' }),
    ).toBeTruthy();
    expect(screen.getByText(/LoveCanDo is a member-owned data foundation/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'How a decision is made here' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Home · LoveCanDo');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in English when English was chosen on an earlier visit', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderApp({ client: clientFor(null) });
    expect(
      screen.getByRole('heading', { level: 1, name: 'A data foundation owned by its members' }),
    ).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('lists the five steps of a decision as an ordered list, in their order', () => {
    renderApp({ client: clientFor(null) });
    const section = screen.getByRole('region', { name: 'Comment une décision se prend ici' });
    const list = within(section).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Proposer',
      'Débattre',
      'Voter',
      'Le conseil ratifie',
      'Des règles que les machines appliquent',
    ]);
  });

  it('offers to create an account or sign in, and links to the terms, when signed out', async () => {
    renderApp({ client: clientFor(null) });
    expect((await main().findByRole('link', { name: 'Créer mon compte' })).getAttribute('href')).toBe(
      '/sign-up',
    );
    expect(main().getByRole('link', { name: 'Me connecter' }).getAttribute('href')).toBe('/sign-in');
    expect(main().getByRole('link', { name: 'Lire les conditions d’utilisation' }).getAttribute('href')).toBe(
      '/terms',
    );
    expect(main().queryByRole('link', { name: 'Voir mon profil' })).toBeNull();
  });

  it('links a signed-in member to their profile instead', async () => {
    renderApp({ client: clientFor(ada) });
    expect((await main().findByRole('link', { name: 'Voir mon profil' })).getAttribute('href')).toBe(
      '/profile',
    );
    expect(main().queryByRole('link', { name: 'Créer mon compte' })).toBeNull();
    expect(main().queryByRole('link', { name: 'Me connecter' })).toBeNull();
  });

  it('says in plain words that no policy is in force and no proposal is open yet', () => {
    renderApp({ client: clientFor(null) });
    const policies = screen.getByRole('region', { name: 'Politiques en vigueur' });
    expect(within(policies).getByText(/Aucune politique n’est encore en vigueur/)).toBeTruthy();
    const proposals = screen.getByRole('region', { name: 'Propositions ouvertes' });
    expect(within(proposals).getByText(/Aucune proposition n’est ouverte pour l’instant/)).toBeTruthy();
  });

  it('no longer shows the developer status table, which moved to the about page', () => {
    renderApp({ client: clientFor(null) });
    expect(screen.queryByRole('table')).toBeNull();
    expect(
      within(screen.getByRole('contentinfo'))
        .getByRole('link', { name: 'À propos et état de la plateforme' })
        .getAttribute('href'),
    ).toBe('/about');
  });
});
