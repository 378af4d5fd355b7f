// What the identity scope needs from the application's configuration.
export interface IdentityOptions {
  /** Secure cookies and no development outbox in production. */
  production: boolean;
  /** Base URL of the web app, for links in emails (e.g. https://lovecando.example.org). */
  publicUrl: string;
  /** smtp:// or smtps:// URL; when unset, emails only land in the outbox table. */
  smtpUrl?: string | undefined;
  /** From header of the emails. */
  mailFrom: string;
  /** Sign-ups accepted per client address and hour (default 20). */
  signUpsPerAddressPerHour?: number | undefined;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');
