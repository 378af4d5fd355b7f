// Sign-in form with a mocked API: field errors named by the API, wrong credentials, redirect on success.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { member } from '../../test/fixtures';
import { answer, answerError, createMockClient, operationName } from '@lovecando/shared-web-data/testing';
import { renderIdentity } from '../../test/render-identity';

const location = () => screen.getByTestId('location').textContent;

async function fillAndSubmit(email: string, password: string) {
  await userEvent.type(screen.getByLabelText('Adresse email'), email);
  await userEvent.type(screen.getByLabelText('Mot de passe'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('SignInPage', () => {
  it('is translated and titled', () => {
    const { client } = createMockClient((operation) => answer(operation, { me: null }));
    renderIdentity({ client, path: '/sign-in' });
    expect(screen.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeTruthy();
    expect(document.title).toBe('Connexion · LoveCanDo');
    expect(screen.getByRole('link', { name: 'Mot de passe oublié ?' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('checks for empty fields before asking the API, and focuses the first one', async () => {
    const { client, operations } = createMockClient((operation) => answer(operation, { me: null }));
    renderIdentity({ client, path: '/sign-in' });
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    const email = screen.getByLabelText('Adresse email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Saisissez votre adresse email.')).toBeTruthy();
    expect(document.activeElement).toBe(email);
    expect(operations.some((operation) => operationName(operation) === 'SignIn')).toBe(false);
  });

  it('shows a BAD_USER_INPUT error next to the field the API names, and moves focus there', async () => {
    const { client } = createMockClient((operation) =>
      operationName(operation) === 'SignIn'
        ? answerError(operation, { code: 'BAD_USER_INPUT', field: 'input.email' })
        : answer(operation, { me: null }),
    );
    renderIdentity({ client, path: '/sign-in' });
    await fillAndSubmit('not-an-email', 'whatever password');
    const email = screen.getByLabelText('Adresse email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (email.getAttribute('aria-describedby') ?? '').split(' ');
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('Saisissez une adresse email valide, par exemple nom@exemple.org.');
    expect(document.activeElement).toBe(email);
    expect(screen.getByLabelText('Mot de passe').getAttribute('aria-invalid')).toBeNull();
  });

  it('says "email or password incorrect" for INVALID_CREDENTIALS, without naming either field', async () => {
    const { client } = createMockClient((operation) =>
      operationName(operation) === 'SignIn'
        ? answerError(operation, { code: 'INVALID_CREDENTIALS' })
        : answer(operation, { me: null }),
    );
    renderIdentity({ client, path: '/sign-in' });
    await fillAndSubmit('ada@example.org', 'wrong password here');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('L’adresse email ou le mot de passe est incorrect.');
    expect(screen.getByLabelText('Adresse email').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Mot de passe').getAttribute('aria-invalid')).toBeNull();
    // Focus goes to the summary, which contains the alert.
    expect(document.activeElement?.contains(alert)).toBe(true);
  });

  it('tells how long to wait after too many attempts', async () => {
    const { client } = createMockClient((operation) =>
      operationName(operation) === 'SignIn'
        ? answerError(operation, { code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 600 } })
        : answer(operation, { me: null }),
    );
    renderIdentity({ client, path: '/sign-in' });
    await fillAndSubmit('ada@example.org', 'some password here');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Trop de tentatives. Réessayez dans 10 minutes.',
    );
  });

  it('signs in with the trimmed email and goes to the same-site page in ?next=', async () => {
    let signedIn = false;
    const { client, operations } = createMockClient((operation) => {
      if (operationName(operation) === 'SignIn') {
        signedIn = true;
        return answer(operation, { signIn: member() });
      }
      return answer(operation, { me: signedIn ? member() : null });
    });
    renderIdentity({ client, path: '/sign-in?next=/profile' });
    await fillAndSubmit('  ada@example.org ', 'correct horse battery staple');
    await waitFor(() => expect(location()).toBe('/profile'));
    const signIn = operations.find((operation) => operationName(operation) === 'SignIn');
    expect(signIn?.variables).toEqual({
      input: { email: 'ada@example.org', password: 'correct horse battery staple' },
    });
    // The header follows: the viewer was asked for again before leaving the page.
    expect(await within(screen.getByRole('banner')).findByText('Ada Lovelace')).toBeTruthy();
  });

  it('switches the interface to the language of the account that signed in', async () => {
    const english = member({ locale: 'en' });
    let signedIn = false;
    const { client } = createMockClient((operation) => {
      if (operationName(operation) === 'SignIn') {
        signedIn = true;
        return answer(operation, { signIn: english });
      }
      return answer(operation, { me: signedIn ? english : null });
    });
    const { i18n } = renderIdentity({ client, path: '/sign-in' });
    expect(i18n.resolvedLanguage).toBe('fr');
    await fillAndSubmit('ada@example.org', 'correct horse battery staple');
    await waitFor(() => expect(i18n.resolvedLanguage).toBe('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accueil' })).toBeTruthy();
  });

  it('goes home instead of to another site', async () => {
    const { client } = createMockClient((operation) =>
      operationName(operation) === 'SignIn'
        ? answer(operation, { signIn: member() })
        : answer(operation, { me: null }),
    );
    renderIdentity({ client, path: '/sign-in?next=//evil.example/phish' });
    await fillAndSubmit('ada@example.org', 'correct horse battery staple');
    await waitFor(() => expect(location()).toBe('/'));
  });
});
