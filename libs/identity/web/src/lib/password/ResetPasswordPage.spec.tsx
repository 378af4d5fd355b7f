// The reset page with a mocked API: it asks whether the link still works before asking for a password,
// reads the token from the link's fragment, and says at once when the link is spent.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { answer, createMockClient, operationName } from '@lovecando/shared-web-data/testing';
import { renderIdentity } from '../../test/render-identity';

const TOKEN = 'Zq3xYc9dT0kLm2Nn8pQr4sTu6vWx1yZa5bCd7eFg9hI';

function api(usable: boolean) {
  return createMockClient((operation) => {
    switch (operationName(operation)) {
      case 'Viewer':
        return answer(operation, { me: null });
      case 'PasswordResetLinkUsable':
        return answer(operation, { passwordResetLinkUsable: usable });
      case 'ResetPassword':
        return answer(operation, { resetPassword: true });
      default:
        return never;
    }
  });
}

describe('ResetPasswordPage', () => {
  it('says a spent link does not work before asking for any password', async () => {
    const { client, operations } = api(false);
    renderIdentity({ client, path: `/reset-password#token=${TOKEN}` });
    expect(await screen.findByText('Ce lien ne fonctionne pas')).toBeTruthy();
    expect(screen.queryByLabelText('Nouveau mot de passe')).toBeNull();
    const check = operations.find((operation) => operationName(operation) === 'PasswordResetLinkUsable');
    expect(check?.variables).toEqual({ token: TOKEN });
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('asks for the new password once the link is known to work, and sends the token with it', async () => {
    const { client, operations } = api(true);
    renderIdentity({ client, path: `/reset-password#token=${TOKEN}` });
    const password = await screen.findByLabelText('Nouveau mot de passe');
    await userEvent.type(password, 'a brand new passphrase for me');
    await userEvent.type(
      screen.getByLabelText('Confirmez le nouveau mot de passe'),
      'a brand new passphrase for me',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(await screen.findByText('Votre mot de passe est changé')).toBeTruthy();
    const reset = operations.find((operation) => operationName(operation) === 'ResetPassword');
    expect(reset?.variables).toEqual({ input: { token: TOKEN, password: 'a brand new passphrase for me' } });
  });

  it('still reads the token of a link sent before, from its query string', async () => {
    const { client, operations } = api(true);
    renderIdentity({ client, path: `/reset-password?token=${TOKEN}` });
    await waitFor(() =>
      expect(
        operations.find((operation) => operationName(operation) === 'PasswordResetLinkUsable')?.variables,
      ).toEqual({
        token: TOKEN,
      }),
    );
  });

  it('says a link without a token does not work, without asking the API', async () => {
    const { client, operations } = api(true);
    renderIdentity({ client, path: '/reset-password' });
    expect(await screen.findByText('Ce lien ne fonctionne pas')).toBeTruthy();
    expect(operations.some((operation) => operationName(operation) === 'PasswordResetLinkUsable')).toBe(
      false,
    );
  });
});
