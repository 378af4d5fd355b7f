// The account emails, in the member's language, as plain text and HTML. Every interpolated value is
// escaped in the HTML version.
import { type Language } from '@lovecando/shared-util';

export interface Email {
  subject: string;
  text: string;
  html: string;
}

export type AccountEmail =
  | { kind: 'verify-email'; displayName: string; link: string }
  | { kind: 'already-registered'; displayName: string; signInLink: string; resetLink: string }
  | { kind: 'reset-password'; displayName: string; link: string };

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );

interface Copy {
  subject: string;
  greeting: (name: string) => string;
  lines: string[];
  links: { label: string; url: string }[];
  footer: string;
}

function copy(email: AccountEmail, language: Language): Copy {
  const fr = language === 'fr';
  const footer = fr
    ? 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.'
    : 'If you did not ask for this, you can ignore this message.';
  const greeting = (name: string) => (fr ? `Bonjour ${name},` : `Hello ${name},`);
  switch (email.kind) {
    case 'verify-email':
      return {
        subject: fr ? 'Confirmez votre adresse email — LoveCanDo' : 'Confirm your email address — LoveCanDo',
        greeting,
        lines: [
          fr
            ? 'Bienvenue dans la fondation LoveCanDo. Confirmez votre adresse pour pouvoir proposer, soutenir et voter.'
            : 'Welcome to the LoveCanDo foundation. Confirm your address so you can propose, support and vote.',
          fr ? 'Ce lien est valable 48 heures.' : 'This link is valid for 48 hours.',
        ],
        links: [{ label: fr ? 'Confirmer mon adresse' : 'Confirm my address', url: email.link }],
        footer,
      };
    case 'already-registered':
      return {
        subject: fr ? 'Vous avez déjà un compte — LoveCanDo' : 'You already have an account — LoveCanDo',
        greeting,
        lines: [
          fr
            ? 'Quelqu’un a voulu créer un compte avec votre adresse, qui en a déjà un. Connectez-vous, ou choisissez un nouveau mot de passe si vous l’avez oublié.'
            : 'Someone tried to sign up with your address, which already has an account. Sign in, or choose a new password if you forgot it.',
        ],
        links: [
          { label: fr ? 'Me connecter' : 'Sign in', url: email.signInLink },
          { label: fr ? 'Mot de passe oublié' : 'Forgot my password', url: email.resetLink },
        ],
        footer,
      };
    case 'reset-password':
      return {
        subject: fr ? 'Choisir un nouveau mot de passe — LoveCanDo' : 'Choose a new password — LoveCanDo',
        greeting,
        lines: [
          fr
            ? 'Suivez ce lien pour choisir un nouveau mot de passe. Vos sessions ouvertes seront fermées.'
            : 'Follow this link to choose a new password. Your open sessions will be signed out.',
          fr
            ? 'Ce lien est valable 1 heure et ne sert qu’une fois.'
            : 'This link is valid for 1 hour and works once.',
        ],
        links: [{ label: fr ? 'Choisir un mot de passe' : 'Choose a password', url: email.link }],
        footer,
      };
  }
}

/** French sets a colon apart with a no-break space before it ("Confirmer mon adresse : …"). */
const colon = (language: Language) => (language === 'fr' ? '\u00a0: ' : ': ');

export function renderAccountEmail(email: AccountEmail, language: Language): Email {
  const c = copy(email, language);
  const text = [
    c.greeting(email.displayName),
    '',
    ...c.lines,
    '',
    ...c.links.map((l) => `${l.label}${colon(language)}${l.url}`),
    '',
    c.footer,
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${language}"><body style="font-family:sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(c.greeting(email.displayName))}</p>`,
    ...c.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...c.links.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></p>`),
    `<p style="color:#555">${escapeHtml(c.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: c.subject, text, html };
}
