// Sign-up form with a mocked API: password refused as too weak, success leads to "check your email";
// joining accepts the terms of use, which the form links to.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answer, answerError, createMockClient, operationName } from '@lovecando/shared-web-data/testing';
import { renderIdentity } from '../../test/render-identity';

async function fillForm() {
  await userEvent.type(screen.getByLabelText('Adresse email'), 'ada@example.org');
  await userEvent.type(screen.getByLabelText('Nom affiché'), 'Ada');
  await userEvent.type(screen.getByLabelText('Mot de passe'), 'passwordpassword');
}

describe('SignUpPage', () => {
  it('shows PASSWORD_TOO_WEAK, translated, on the password field and focuses it', async () => {
    const { client } = createMockClient((operation) =>
      operationName(operation) === 'SignUp'
        ? answerError(operation, { code: 'PASSWORD_TOO_WEAK', field: 'input.password' })
        : answer(operation, { me: null }),
    );
    renderIdentity({ client, path: '/sign-up' });
    await fillForm();
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    const password = screen.getByLabelText('Mot de passe');
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(
      screen.getByText(
        'Ce mot de passe est trop facile à deviner. Essayez une phrase plus longue de mots sans rapport.',
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(password);
    expect(screen.getByLabelText('Adresse email').getAttribute('aria-invalid')).toBeNull();
  });

  it('sends the chosen language, then says to check the email sent to the address', async () => {
    const { client, operations } = createMockClient((operation) =>
      operationName(operation) === 'SignUp'
        ? answer(operation, { signUp: true })
        : operationName(operation) === 'Environment'
          ? answer(operation, { about: { environment: 'test' } })
          : answer(operation, { me: null }),
    );
    renderIdentity({ client, path: '/sign-up' });
    // The language defaults to the interface language.
    const language = screen.getByLabelText<HTMLSelectElement>('Langue');
    expect(language.value).toBe('fr');
    await fillForm();
    await userEvent.selectOptions(language, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Vérifiez vos emails' })).toBeTruthy();
    expect(screen.getByText('Nous avons envoyé un lien à ada@example.org.')).toBeTruthy();
    expect(
      (await screen.findByRole('link', { name: 'la boîte d’envoi de développement' })).getAttribute('href'),
    ).toBe('/dev/outbox');
    const signUp = operations.find((operation) => operationName(operation) === 'SignUp');
    expect(signUp?.variables).toEqual({
      input: { email: 'ada@example.org', displayName: 'Ada', password: 'passwordpassword', locale: 'en' },
    });
  });

  it('says that joining accepts the terms of use, next to the submit button, with a link to them', async () => {
    const { client } = createMockClient((operation) => answer(operation, { me: null }));
    renderIdentity({ client, path: '/sign-up' });
    const link = await screen.findByRole('link', { name: 'conditions d’utilisation' });
    expect(link.getAttribute('href')).toBe('/terms');
    expect(link.closest('p')?.textContent).toBe('En adhérant, vous acceptez les conditions d’utilisation.');
    expect(link.closest('form')).toBe(
      screen.getByRole('button', { name: 'Créer mon compte' }).closest('form'),
    );
  });

  it('catches a password shorter than 12 characters before asking the API', async () => {
    const { client, operations } = createMockClient((operation) => answer(operation, { me: null }));
    renderIdentity({ client, path: '/sign-up' });
    await userEvent.type(screen.getByLabelText('Adresse email'), 'ada@example.org');
    await userEvent.type(screen.getByLabelText('Nom affiché'), 'Ada');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(screen.getByLabelText('Mot de passe').getAttribute('aria-invalid')).toBe('true');
    expect(operations.some((operation) => operationName(operation) === 'SignUp')).toBe(false);
  });
});
