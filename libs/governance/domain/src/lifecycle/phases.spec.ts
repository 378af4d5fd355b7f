// Golden copy of ALLOWED_ACTIONS: the API, the UI and the tests read this table, so changing it must be
// a deliberate edit of this file too.
import { ACTIONS, ALLOWED_ACTIONS, canAct, PHASES } from './phases.js';

describe('ALLOWED_ACTIONS', () => {
  it('matches the golden table', () => {
    expect(ALLOWED_ACTIONS).toEqual({
      DRAFT: ['edit', 'publish', 'withdraw'],
      DELIBERATION: ['support', 'comment', 'amend', 'withdraw'],
      FROZEN: ['comment', 'withdraw'],
      VOTING: ['vote', 'comment'],
      CLOSED: [],
      RATIFICATION: ['ratify'],
      RATIFIED: [],
      VETOED: [],
      ENACTED: [],
      WITHDRAWN: [],
      EXPIRED: [],
    });
  });

  it('covers every phase and only known actions', () => {
    expect(Object.keys(ALLOWED_ACTIONS).sort()).toEqual([...PHASES].sort());
    for (const phase of PHASES) for (const a of ALLOWED_ACTIONS[phase]) expect(ACTIONS).toContain(a);
  });

  it('canAct reads the table', () => {
    expect(canAct('DRAFT', 'edit')).toBe(true);
    expect(canAct('DELIBERATION', 'edit')).toBe(false);
    expect(canAct('VOTING', 'vote')).toBe(true);
    expect(canAct('FROZEN', 'vote')).toBe(false);
    expect(canAct('RATIFICATION', 'ratify')).toBe(true);
  });

  it('is frozen at run time', () => {
    expect(Object.isFrozen(ALLOWED_ACTIONS)).toBe(true);
    expect(Object.isFrozen(ALLOWED_ACTIONS.DRAFT)).toBe(true);
  });
});
