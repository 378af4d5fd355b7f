// Golden scenarios for rebasing amendments onto a newer version, and for merging two amendments.
import { type ChangeSet, type Operation, type TermsVersion } from '../document/types.js';
import { baseTerms, draft, text } from '../testing/fixtures.js';
import { applyChangeSet } from './apply.js';
import { findConflicts } from './conflicts.js';
import { rebase, rebaseAll } from './rebase.js';

const base = baseTerms();
const change = (...operations: Operation[]): ChangeSet => ({ base: base.hash, operations });
function applied(on: TermsVersion, changeSet: ChangeSet): TermsVersion {
  const result = applyChangeSet(on, changeSet);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.version;
}

const retitleConsent: Operation = {
  op: 'replace',
  id: 'consent',
  set: { title: text('Your consent', 'Votre consentement') },
};
const rewriteLeaving: Operation = {
  op: 'replace',
  id: 'leaving',
  set: { body: text('Leave freely.', 'Partez librement.') },
};
const rewriteConsent: Operation = {
  op: 'replace',
  id: 'consent',
  set: { body: text('Say no.', 'Refusez.') },
};

describe('merging two amendments of the same version', () => {
  it('merges cleanly when they change different articles: both changes end up in the text', () => {
    const a = change(retitleConsent);
    const b = change(rewriteLeaving, {
      op: 'insertAfter',
      after: 'data',
      article: draft('privacy', text('Privacy', 'Vie privée'), text('No sale.', 'Pas de vente.')),
    });
    expect(findConflicts(a, b)).toEqual([]);
    const afterA = applied(base, a);
    const rebased = rebase(b, base, afterA);
    expect(rebased).toEqual({ ok: true, changeSet: { base: afterA.hash, operations: b.operations } });
    const merged = rebased.ok ? applied(afterA, rebased.changeSet) : afterA;
    expect(merged.articles.map((x) => `${x.number}:${x.id}:${x.title.en}`)).toEqual([
      '1:membership:Membership',
      '2:data:Your data',
      '3:privacy:Privacy',
      '4:consent:Your consent',
      '5:governance:Governance',
      '6:leaving:Leaving',
    ]);
    expect(merged.articles[5]?.body.en).toBe('Leave freely.');
  });

  it('reports the conflict when they change the same article', () => {
    expect(findConflicts(change(retitleConsent), change(rewriteConsent))).toEqual([
      {
        articleId: 'consent',
        left: [{ index: 0, op: retitleConsent }],
        right: [{ index: 0, op: rewriteConsent }],
      },
    ]);
  });
});

describe('rebase', () => {
  const newer = applied(base, change(retitleConsent, { op: 'delete', id: 'governance' }));

  it('succeeds across an unrelated change, with the new base and the same operations', () => {
    const amendment = change(rewriteLeaving, { op: 'move', id: 'leaving', after: 'membership' });
    const result = rebase(amendment, base, newer);
    expect(result).toEqual({ ok: true, changeSet: { base: newer.hash, operations: amendment.operations } });
  });

  it('reports the conflict across a change of the same article, with the upstream operations', () => {
    const amendment = change(rewriteLeaving, rewriteConsent);
    const result = rebase(amendment, base, newer);
    expect(result).toEqual({
      ok: false,
      conflicts: [
        {
          articleId: 'consent',
          left: [{ index: 1, op: rewriteConsent }],
          right: [{ index: 1, op: retitleConsent }],
        },
      ],
      upstream: {
        base: base.hash,
        operations: [{ op: 'delete', id: 'governance' }, retitleConsent],
      },
    });
  });

  it('reports an amendment that no longer applies for another reason', () => {
    // Upstream kept only `leaving`; deleting it too leaves no article, though no article is shared.
    const onlyLeaving = applied(
      base,
      change(
        ...['membership', 'data', 'consent', 'governance'].map((id): Operation => ({ op: 'delete', id })),
      ),
    );
    const result = rebase(change({ op: 'delete', id: 'leaving' }), base, onlyLeaving);
    expect(!result.ok && 'error' in result && result.error.code).toBe('INVALID_RESULT');
  });

  it('is the identity onto the same version, and refuses an amendment of another version', () => {
    const amendment = change(rewriteConsent);
    const same = rebase(amendment, base, baseTerms());
    expect(same.ok && same.changeSet).toBe(amendment);
    const foreign = rebase({ base: newer.hash, operations: [] }, base, newer);
    expect(!foreign.ok && 'error' in foreign && foreign.error.code).toBe('BASE_MISMATCH');
  });

  it('rebases many amendments at once, each with its own outcome', () => {
    const results = rebaseAll([change(rewriteLeaving), change(rewriteConsent)], base, newer);
    expect(results.map((r) => (r.ok ? 'ok' : 'conflicts' in r ? 'conflict' : r.error.code))).toEqual([
      'ok',
      'conflict',
    ]);
  });
});
