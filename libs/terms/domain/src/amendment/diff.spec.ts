// Golden scenarios for diffVersions: the smallest readable change set, and that it applies back exactly.
import {
  CONSENT,
  DATA,
  GOVERNANCE,
  LEAVING,
  MEMBERSHIP,
  baseTerms,
  draft,
  text,
  version,
} from '../testing/fixtures.js';
import { applyChangeSet } from './apply.js';
import { diffVersions } from './diff.js';
import { longestIncreasingSubsequence } from './longest-increasing.js';

const PRIVACY = draft(
  'privacy',
  text('Privacy', 'Vie privée'),
  text('Nobody sells data.', 'Personne ne vend.'),
);

describe('diffVersions', () => {
  it('deletes, then inserts and moves only what really moved, then replaces only the fields that differ', () => {
    const from = baseTerms();
    const to = version([
      MEMBERSHIP,
      PRIVACY,
      GOVERNANCE,
      { ...CONSENT, title: text('Your consent', 'Votre consentement') },
      LEAVING,
    ]);
    const changeSet = diffVersions(from, to);
    expect(changeSet).toEqual({
      base: from.hash,
      operations: [
        { op: 'delete', id: 'data' },
        { op: 'insertAfter', after: 'membership', article: PRIVACY },
        { op: 'move', id: 'consent', after: 'governance' },
        { op: 'replace', id: 'consent', set: { title: { fr: 'Votre consentement', en: 'Your consent' } } },
      ],
    });
    const applied = applyChangeSet(from, changeSet);
    expect(applied.ok && applied.version.hash).toBe(to.hash);
  });

  it('moves a single article to the front with one operation, not the others around it', () => {
    const from = baseTerms();
    const to = version([LEAVING, MEMBERSHIP, DATA, CONSENT, GOVERNANCE]);
    expect(diffVersions(from, to).operations).toEqual([{ op: 'move', id: 'leaving', after: null }]);
  });

  it('is empty between a version and itself', () => {
    const from = baseTerms();
    expect(diffVersions(from, from)).toEqual({ base: from.hash, operations: [] });
  });
});

describe('longestIncreasingSubsequence', () => {
  it('returns the indexes of one longest strictly increasing run', () => {
    expect(longestIncreasingSubsequence([0, 3, 2, 4])).toEqual([0, 2, 3]);
    expect(longestIncreasingSubsequence([5, 1, 6, 2, 7, 3, 8])).toEqual([1, 3, 5, 6]);
    expect(longestIncreasingSubsequence([3, 2, 1])).toEqual([2]);
    expect(longestIncreasingSubsequence([])).toEqual([]);
  });
});
