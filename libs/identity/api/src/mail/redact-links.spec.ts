import { renderAccountEmail } from './account-emails.js';
import { REDACTED, redactTokens } from './redact-links.js';

const SECRET = 'Zq3xYc9dT0kLm2Nn8pQr4sTu6vWx1yZa5bCd7eFg9hI';

describe('redactTokens', () => {
  it('removes the token of every link of an account email, in text and HTML, and keeps the rest', () => {
    const email = renderAccountEmail(
      {
        kind: 'reset-password',
        displayName: 'Ada',
        link: `https://x.example/reset-password#token=${SECRET}`,
      },
      'fr',
    );
    for (const body of [email.text, email.html]) {
      const redacted = redactTokens(body);
      expect(redacted).not.toContain(SECRET);
      expect(redacted).toContain(`https://x.example/reset-password#token=${REDACTED}`);
      expect(redacted).toContain('Bonjour Ada,');
    }
  });

  it('also catches a token in a query string, as links were written before', () => {
    expect(redactTokens(`https://x/verify-email?token=${SECRET}&lang=fr`)).toBe(
      `https://x/verify-email?token=${REDACTED}&lang=fr`,
    );
  });

  it('leaves a body without tokens unchanged', () => {
    const body = 'Sign in: https://x/sign-in\nForgot my password: https://x/forgot-password';
    expect(redactTokens(body)).toBe(body);
  });
});
