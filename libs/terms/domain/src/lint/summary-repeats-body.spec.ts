// When a summary counts as a repetition of its article.
import { summaryRepeatsBody, wordsOf } from './summary-repeats-body.js';

const BODY =
  'You can leave at any time. We stop using your data for new purposes. Tallies already published stay as they are.';

describe('summaryRepeatsBody', () => {
  it('is true for the same words, whatever the case, punctuation, apostrophes or Markdown', () => {
    expect(summaryRepeatsBody(BODY, BODY)).toBe(true);
    const reformatted =
      '**You can leave** at any time; we stop using your data for new purposes!\n\n- tallies already published stay as they are';
    expect(summaryRepeatsBody(reformatted, BODY)).toBe(true);
    expect(summaryRepeatsBody('L’article s’applique.', "l'article s'applique")).toBe(true);
  });

  it('is true for a near copy: one contains the other and the shorter has at least 80 % of the words', () => {
    // The body without its last sentence: 14 of 21 words (67 %) → a summary; plus "for new purposes" → still.
    const firstTwo = 'You can leave at any time. We stop using your data for new purposes.';
    expect(wordsOf(firstTwo)).toHaveLength(14);
    expect(wordsOf(BODY)).toHaveLength(21);
    expect(summaryRepeatsBody(firstTwo, BODY)).toBe(false);
    // 17 of 21 words (81 %): a copy with a few words dropped from the end.
    expect(summaryRepeatsBody(`${firstTwo} Tallies already published`, BODY)).toBe(true);
    // The body plus a few words: a copy as well.
    expect(summaryRepeatsBody(`${BODY} That is all.`, BODY)).toBe(true);
  });

  it('is false for a real summary, or when the words differ', () => {
    expect(summaryRepeatsBody('You may leave whenever you want; published results stay.', BODY)).toBe(false);
    expect(summaryRepeatsBody(BODY.replace('new', 'other'), BODY)).toBe(false);
  });

  it('is false when either text has no words (a missing summary is another problem)', () => {
    expect(summaryRepeatsBody('', BODY)).toBe(false);
    expect(summaryRepeatsBody('…', '…')).toBe(false);
  });
});
