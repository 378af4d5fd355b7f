// prefetchViewer: `me` is asked once as the app starts, and the header's first render shares that answer
// instead of asking again.
import { answer, createMockClient, operationName } from '@lovecando/shared-web-data/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { delay, never, pipe } from 'wonka';
import { member } from '../../test/fixtures';
import { renderIdentity } from '../../test/render-identity';
import { prefetchViewer } from './useViewer';

describe('prefetchViewer', () => {
  it('asks `me` before anything renders, and the account menu then uses that answer', async () => {
    const { client, operations } = createMockClient((operation) =>
      operationName(operation) === 'Viewer'
        ? pipe(answer(operation, { me: member({ displayName: 'Ada Lovelace' }) }), delay(20))
        : never,
    );
    prefetchViewer(client);
    expect(operations.map(operationName)).toEqual(['Viewer']);

    renderIdentity({ client, path: '/' });
    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(operations.filter((operation) => operationName(operation) === 'Viewer')).toHaveLength(1);
  });
});
