import { renderAccountEmail } from './account-emails.js';

describe('account emails', () => {
  it('speak the member’s language, in text and HTML, with the link', () => {
    const link = 'https://lovecando.example.org/verify-email#token=abc';
    const fr = renderAccountEmail({ kind: 'verify-email', displayName: 'Ada', link }, 'fr');
    const en = renderAccountEmail({ kind: 'verify-email', displayName: 'Ada', link }, 'en');
    expect(fr.subject).toBe('Confirmez votre adresse email — LoveCanDo');
    expect(en.subject).toBe('Confirm your email address — LoveCanDo');
    // French typography: a no-break space before the colon.
    expect(fr.text).toContain(`Confirmer mon adresse\u00a0: ${link}`);
    expect(en.text).toContain(`Confirm my address: ${link}`);
    expect(en.html).toContain(`<a href="${link}">Confirm my address</a>`);
    expect(en.html).toContain('<html lang="en">');
  });

  it('escape whatever the member typed in the HTML version', () => {
    const email = renderAccountEmail(
      {
        kind: 'reset-password',
        displayName: '<img src=x onerror=alert(1)>',
        link: 'https://x.example/?a=1&b=2',
      },
      'en',
    );
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(email.html).toContain('href="https://x.example/?a=1&amp;b=2"');
    expect(email.text).toContain('Hello <img src=x onerror=alert(1)>,');
  });

  it('point an already registered address to sign-in and reset', () => {
    const email = renderAccountEmail(
      {
        kind: 'already-registered',
        displayName: 'Ada',
        signInLink: 'https://x/sign-in',
        resetLink: 'https://x/forgot-password',
      },
      'fr',
    );
    expect(email.text).toContain('Me connecter\u00a0: https://x/sign-in');
    expect(email.text).toContain('Mot de passe oublié\u00a0: https://x/forgot-password');
  });
});
