// After sign-up, and after a link that no longer works: asking for a new confirmation link.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { answer, answerError, createMockClient, operationName } from '@lovecando/shared-web-data/testing';
import { renderIdentity } from '../../test/render-identity';

function api(resend: 'ok' | 'limited') {
  return createMockClient((operation) => {
    switch (operationName(operation)) {
      case 'Viewer':
        return answer(operation, { me: null });
      case 'Environment':
        return answer(operation, { about: { environment: 'development' } });
      case 'VerifyEmail':
        return answerError(operation, { code: 'INVALID_TOKEN', field: 'token' });
      case 'RequestVerificationEmail':
        return resend === 'ok'
          ? answer(operation, { requestVerificationEmail: true })
          : answerError(operation, { code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 1800 } });
      default:
        return never;
    }
  });
}

describe('asking for a new confirmation link', () => {
  it('after a failed link: the visitor types the address and is told a link is on its way', async () => {
    const { client, operations } = api('ok');
    renderIdentity({ client, path: '/verify-email#token=Zq3xYc9dT0kLm2Nn8pQr4sTu6vWx1yZa5bCd7eFg9hI' });
    expect(await screen.findByText('Ce lien ne fonctionne pas')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Adresse email'), ' ada@example.org ');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer un nouveau lien de confirmation' }));
    expect(await screen.findByText('Demande envoyée')).toBeTruthy();
    const sent = operations.find((operation) => operationName(operation) === 'RequestVerificationEmail');
    expect(sent?.variables).toEqual({ email: 'ada@example.org' });
  });

  it('says how long to wait when the API limits new links', async () => {
    const { client } = api('limited');
    renderIdentity({ client, path: '/verify-email#token=Zq3xYc9dT0kLm2Nn8pQr4sTu6vWx1yZa5bCd7eFg9hI' });
    await userEvent.type(await screen.findByLabelText('Adresse email'), 'ada@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer un nouveau lien de confirmation' }));
    expect(await screen.findByText('Trop de tentatives. Réessayez dans 30 minutes.')).toBeTruthy();
  });
});
