// Destinations disguised to slip a scheme past a filter are refused, whatever the disguise; the links an
// editor of the terms really writes are accepted.
import { isSafeUrl } from './link-destination.js';

describe('isSafeUrl', () => {
  it.each([
    // Plain and mixed-case dangerous schemes.
    ['javascript:alert(1)', 'a plain javascript: URL'],
    ['JaVaScRiPt:alert(1)', 'mixed case'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'a data: document'],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'a data: image with a script'],
    ['file:///etc/passwd', 'file:'],
    ['article:3', 'any other scheme'],
    // Characters browsers drop or that nobody sees, inside or before the scheme.
    ['java\tscript:alert(1)', 'a tab'],
    ['java\nscript:alert(1)', 'a line feed'],
    ['java\rscript:alert(1)', 'a carriage return'],
    [' javascript:alert(1)', 'a leading space'],
    ['\u0001javascript:alert(1)', 'a leading control character'],
    ['java\u0000script:alert(1)', 'a NUL'],
    ['java\u200bscript:alert(1)', 'a zero-width space'],
    ['java\u200dscript:alert(1)', 'a zero-width joiner'],
    ['java\u00adscript:alert(1)', 'a soft hyphen'],
    ['\ufeffjavascript:alert(1)', 'a byte order mark'],
    ['\u202ejavascript:alert(1)', 'a right-to-left override'],
    ['java\u2066script:alert(1)', 'a bidi isolate'],
    ['java\u2028script:alert(1)', 'a line separator'],
    ['java\u3164script:alert(1)', 'a Hangul filler'],
    ['java\u00a0script:alert(1)', 'a no-break space'],
    // Encodings a later reader may decode.
    ['javascript%3Aalert(1)', 'a percent-encoded colon'],
    ['%6Aavascript:alert(1)', 'a percent-encoded letter'],
    ['%256Aavascript:alert(1)', 'a percent-encoding encoded twice'],
    ['java%09script:alert(1)', 'a percent-encoded tab'],
    ['java%E2%80%8Bscript:alert(1)', 'a percent-encoded zero-width space'],
    ['%25252525256Aavascript:alert(1)', 'encodings layered deeper than a decoder goes'],
    ['javascript&#58;alert(1)', 'a numeric character reference'],
    ['&#x6A;avascript:alert(1)', 'a hexadecimal character reference'],
    ['&#106avascript:alert(1)', 'a reference without its semicolon, which browsers still decode'],
    ['&#0000106avascript:alert(1)', 'a zero-padded reference'],
    ['javascript&colon;alert(1)', 'a named character reference'],
    ['jav&#x09;ascript:alert(1)', 'a referenced tab'],
    ['javascript%26colon;alert(1)', 'a percent-encoded character reference'],
    // Unicode that NFKC folds into ASCII.
    ['javascript\uff1aalert(1)', 'a full-width colon'],
    ['javascript\ufe55alert(1)', 'a small colon'],
    ['\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:alert(1)', 'full-width letters'],
    ['\uff05\uff16\uff21avascript:alert(1)', 'a full-width percent-encoding'],
    // A safe scheme that is not written plainly reads differently to each parser.
    ['%68ttps://example.org', 'a percent-encoded https'],
    ['\uff48\uff54\uff54\uff50\uff53://example.org', 'a full-width https'],
    // Leaving the site without a scheme.
    ['//evil.example/', 'protocol-relative'],
    ['/\\evil.example/', 'a slash and a backslash'],
    ['\\\\evil.example/', 'two backslashes'],
    ['%2F%2Fevil.example/', 'percent-encoded slashes'],
    ['/%5Cevil.example/', 'a percent-encoded backslash'],
    // Breaking out of an attribute in a renderer that does not escape.
    ['https://example.org/"onmouseover="alert(1)', 'a double quote'],
    ['https://example.org/<script>', 'angle brackets'],
    ['https://example.org/`', 'a backtick'],
  ])('refuses %j (%s)', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it.each([
    'https://example.org/a?b=c%20d',
    'http://x.org/p?q=1&r=2',
    'HTTPS://EXAMPLE.ORG/',
    'https://example.org/%E2%82%AC',
    'https://fr.example.org/conditions-générales',
    'mailto:x@example.org',
    'mailto:board@lovecando.org?subject=Hello%20board',
    '#article-3',
    '../privacy',
    '/logo.png',
    'privacy#data',
    '?lang=fr',
    './a:b',
    '',
  ])('accepts %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });
});
