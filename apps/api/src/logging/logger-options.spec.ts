import { type IncomingMessage, type ServerResponse } from 'node:http';
import { requestId } from './logger-options.js';

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
