import { type IncomingMessage, type ServerResponse } from 'node:http';
import { redactUrl, requestId, serializeError } from './logger-options.js';

function exchange(header?: string) {
  const headers: Record<string, string> = {};
  const request = {
    headers: header === undefined ? {} : { 'x-request-id': header },
  } as unknown as IncomingMessage;
  const response = {
    setHeader: (name: string, value: string) => (headers[name] = value),
  } as unknown as ServerResponse;
  return { id: requestId(request, response), echoed: headers['x-request-id'] };
}

describe('requestId', () => {
  it('keeps a well-formed incoming X-Request-Id and echoes it', () => {
    expect(exchange('abc-123.DEF_9')).toEqual({ id: 'abc-123.DEF_9', echoed: 'abc-123.DEF_9' });
  });

  it('replaces a missing or suspicious id with a fresh UUID', () => {
    for (const header of [undefined, '', 'x'.repeat(65), 'evil\nlog-line', '<script>']) {
      const { id, echoed } = exchange(header);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(echoed).toBe(id);
    }
  });
});

describe('redactUrl', () => {
  it('replaces the value of secret query parameters, and keeps the rest of the address', () => {
    expect(redactUrl('/reset-password?token=Zq3xYc9dT0kLm2Nn8pQr&lang=fr')).toBe(
      '/reset-password?token=[redacted]&lang=fr',
    );
    expect(redactUrl('/x?a=1&Token=abc&code=42')).toBe('/x?a=1&Token=[redacted]&code=[redacted]');
    expect(redactUrl('/sign-in?next=%2Fprofile')).toBe('/sign-in?next=%2Fprofile');
  });
});

describe('serializeError', () => {
  it('keeps what helps an operator and drops what a driver attached, such as its connection settings', () => {
    const error = Object.assign(new Error('Connection terminated unexpectedly'), {
      code: 'ECONNRESET',
      client: { connectionParameters: { password: 'hunter2' } },
    });
    const logged = serializeError(error);
    expect(logged).toMatchObject({
      type: 'Error',
      message: 'Connection terminated unexpectedly',
      code: 'ECONNRESET',
    });
    expect(JSON.stringify(logged)).not.toContain('hunter2');
  });
});
