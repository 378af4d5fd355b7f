// The tally file writer refuses what would make a file that cannot be trusted, and writes only the
// fields of the format. Agreement with the independent recount is tested in tools/recount.
import { writeTallyFile, type TallyFileInput } from './tally-file.js';
import { type TallyFileBallot } from './tally-file.types.js';

const receipt = (digit: string): string => digit.repeat(64);
const base: TallyFileInput = {
  proposalId: 'p-1',
  kind: 'POLICY',
  method: 'yes-no',
  electorate: 10,
  electorateDigest: '0'.repeat(64),
  ballots: [
    { receipt: receipt('b'), delegated: 0, choice: 'no' },
    { receipt: receipt('a'), delegated: 2, choice: 'yes' },
  ],
};

describe('writeTallyFile', () => {
  it('sorts ballots by receipt, writes only the format fields, and counts delegated weight apart', () => {
    // A caller passing more than the format holds (here a member's email) must not leak it into the file.
    const extra: TallyFileBallot = Object.assign({}, base.ballots[0]!, { member: 'alice@example.org' });
    const file = writeTallyFile({ ...base, ballots: [extra, base.ballots[1]!] });
    const lines = file.text.split('\n');
    expect(lines[1]).toBe(`{"choice":"yes","delegated":2,"receipt":"${receipt('a')}"}`);
    expect(lines[2]).toBe(`{"choice":"no","delegated":0,"receipt":"${receipt('b')}"}`);
    expect(file.text).not.toContain('alice');
    expect(file.totals).toMatchObject({
      yes: { direct: 1, delegated: 2, total: 3 },
      no: { direct: 1, delegated: 0, total: 1 },
      turnout: { direct: 2, delegated: 2, total: 4 },
      quorumMet: true,
      outcome: 'ADOPTED',
    });
  });

  it('escapes alternative ids as JSON strings', () => {
    const file = writeTallyFile({
      ...base,
      method: 'schulze',
      alternatives: ['status "quo"', 'B'],
      statusQuo: 'status "quo"',
      ballots: [{ receipt: receipt('c'), delegated: 0, ranking: [['B'], ['status "quo"']] }],
    });
    expect(file.text.split('\n')[1]).toBe(
      `{"delegated":0,"ranking":[["B"],["status \\"quo\\""]],"receipt":"${receipt('c')}"}`,
    );
  });

  it('refuses duplicate receipts, malformed receipts, wrong ballot shapes and missing alternatives', () => {
    const twice = { ...base, ballots: [base.ballots[0]!, base.ballots[0]!] };
    expect(() => writeTallyFile(twice)).toThrow(`receipt ${receipt('b')} appears twice`);
    const short = { ...base, ballots: [{ receipt: 'abc', delegated: 0, choice: 'yes' as const }] };
    expect(() => writeTallyFile(short)).toThrow('64 hex digits');
    const ranked = { ...base, ballots: [{ receipt: receipt('d'), delegated: 0, ranking: [['A']] }] };
    expect(() => writeTallyFile(ranked)).toThrow('does not hold a yes-no choice');
    const negative = { ...base, ballots: [{ receipt: receipt('e'), delegated: -1, choice: 'no' as const }] };
    expect(() => writeTallyFile(negative)).toThrow('delegated must be a whole number');
    expect(() => writeTallyFile({ ...base, method: 'approval', ballots: [] })).toThrow(
      'needs the alternatives and the status quo',
    );
    // I-JSON, which the recount holds the file to, has no lone surrogates or noncharacters.
    expect(() => writeTallyFile({ ...base, proposalId: 'p-\ud800' })).toThrow('without lone surrogates');
    const alternatives = { ...base, method: 'schulze' as const, statusQuo: 'SQ', ballots: [] };
    expect(() => writeTallyFile({ ...alternatives, alternatives: ['SQ', 'B\ufdd0'] })).toThrow(
      'without lone surrogates',
    );
  });
});
