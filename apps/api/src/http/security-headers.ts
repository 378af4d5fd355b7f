// Security headers on every response, the web app's pages and /graphql alike (helmet). The content
// security policy allows only the platform's own scripts, styles, fonts, images and connections (no
// inline script), no framing by another site, and no plugins. Referrer-Policy: no-referrer, because
// links in emails once carried tokens and a page's address should never travel to another site. HSTS
// only in production, where the platform is served over HTTPS.
import { createHash } from 'node:crypto';
import { type RequestHandler } from 'express';
import helmet from 'helmet';

const SELF = "'self'";
const NONE = "'none'";

/**
 * The one inline style the web app has: React Aria's usePress adds this exact <style> element so taps
 * do not wait for a double-tap zoom (react-aria, interactions/usePress). It is allowed by its hash, not
 * by 'unsafe-inline'; should a React Aria update change the text, the browser tests of the policy fail.
 */
export const REACT_ARIA_PRESSABLE_STYLE = `@layer {
  [data-react-aria-pressable] {
    touch-action: pan-x pan-y pinch-zoom;
  }
}`;

/**
 * The one inline style attribute a page the server draws has: React Aria's VisuallyHidden (radio inputs
 * of the language switcher, hidden but readable), as React writes it into HTML. A browser-rendered page sets
 * it through the DOM, which the policy does not govern; in server HTML it is an attribute, allowed by its
 * hash alone ('unsafe-hashes' names exactly this value, not inline styles in general).
 */
export const REACT_ARIA_VISUALLY_HIDDEN_STYLE =
  'border:0;clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap';

const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: [SELF],
  scriptSrc: [SELF],
  styleSrc: [SELF, styleHash(REACT_ARIA_PRESSABLE_STYLE)],
  styleSrcAttr: ["'unsafe-hashes'", styleHash(REACT_ARIA_VISUALLY_HIDDEN_STYLE)],
  imgSrc: [SELF, 'data:'],
  fontSrc: [SELF],
  // 'self' covers the graphql-ws WebSocket on the same host and port.
  connectSrc: [SELF],
  manifestSrc: [SELF],
  objectSrc: [NONE],
  baseUri: [NONE],
  formAction: [SELF],
  frameAncestors: [NONE],
};

export function securityHeaders({ production }: { production: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...CONTENT_SECURITY_POLICY,
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // Nothing cross-origin is embedded; COEP would only get in the way of images in future pages.
    crossOriginEmbedderPolicy: false,
  });
}
