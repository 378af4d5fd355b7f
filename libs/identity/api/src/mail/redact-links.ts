// Emailed links carry their one-time token in the URL fragment (`/reset-password#token=…`): a browser
// never sends a fragment to a server, so the token stays out of request logs, proxies and Referer
// headers. Once an email is delivered, the stored copy has no more use for the token: this removes it.
const TOKEN_IN_LINK = /([#?&]token=)[A-Za-z0-9_-]+/g;

export const REDACTED = 'removed-after-delivery';

export function redactTokens(body: string): string {
  return body.replace(TOKEN_IN_LINK, `$1${REDACTED}`);
}
