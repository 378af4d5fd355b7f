// The independent recount against the governance library: it must agree on every generated election,
// catch every kind of tampering, and import nothing but Node's built-ins.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  PROPOSAL_KINDS,
  writeTallyFile,
  type TallyFileBallot,
  type TallyFileInput,
} from '@lovecando/governance-domain';
import { recount } from './recount-core.mjs';

const receipt = (n: number): string => createHash('sha256').update(`ballot ${n}`).digest('hex');
const cli = join(__dirname, 'recount.mjs');

const yesNoElection = (choices: string, electorate: number): TallyFileInput => ({
  proposalId: 'proposal-1',
  kind: 'TERMS',
  method: 'yes-no',
  electorate,
  electorateDigest: 'd'.repeat(64),
  ballots: [...choices].map((c, n) => ({
    receipt: receipt(n),
    delegated: 0,
    choice: c === 'y' ? 'yes' : c === 'n' ? 'no' : 'abstain',
  })),
});

describe('recount of a tally file', () => {
  it('imports nothing but node: built-ins and its own files', () => {
    for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.mjs'))) {
      const source = readFileSync(join(__dirname, file), 'utf8');
      const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      expect(specifiers.length).toBeGreaterThan(0);
      for (const specifier of specifiers) expect(specifier).toMatch(/^(node:|\.\/[\w-]+\.mjs$)/);
    }
  });

  it('agrees with the library on a TERMS vote at exactly two thirds (rejected)', () => {
    const file = writeTallyFile(yesNoElection('yynyyn' + 'a', 10));
    const result = recount(file.text);
    expect(result).toMatchObject({ valid: true, agrees: true, hashMatches: true, totalsMatch: true });
    expect(result.contentSha256).toBe(file.contentSha256);
    expect(result.fileSha256).toBe(file.fileSha256);
    expect(result.recounted).toEqual({
      yes: { direct: 4, delegated: 0, total: 4 },
      no: { direct: 2, delegated: 0, total: 2 },
      abstain: { direct: 1, delegated: 0, total: 1 },
      turnout: { direct: 7, delegated: 0, total: 7 },
      quorumMet: true,
      majority: false,
      outcome: 'REJECTED',
    });
  });

  it('writes sorted canonical lines with a header and a hashed trailer', () => {
    const { text, contentSha256 } = writeTallyFile(yesNoElection('yn', 5));
    const lines = text.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      '{"adoption":[2,3],"alternatives":null,"ballots":2,"electorate":5,"electorateDigest":"' +
        'd'.repeat(64) +
        '","format":"lovecando-tally/1","kind":"TERMS","method":"yes-no","proposal":"proposal-1","quorum":[20,100],"statusQuo":null}',
    );
    const ballots = [receipt(0), receipt(1)].sort();
    expect(lines[1]).toMatch(
      new RegExp(`^\\{"choice":"(yes|no)","delegated":0,"receipt":"${ballots[0]}"\\}$`),
    );
    expect(lines[2]).toContain(ballots[1]);
    expect(createHash('sha256').update(`${lines[0]}\n${lines[1]}\n${lines[2]}\n`).digest('hex')).toBe(
      contentSha256,
    );
    expect(lines[3]).toContain(`"contentSha256":"${contentSha256}"`);
    expect(lines[4]).toBe('');
  });

  describe('catches tampering', () => {
    const { text } = writeTallyFile(yesNoElection('yyyyyna', 10));
    const lines = text.split('\n');

    it('a changed choice: the content hash no longer matches and the totals differ', () => {
      const line = lines.findIndex((l) => l.includes('"choice":"no"'));
      const forged = lines.map((l, i) => (i === line ? l.replace('"no"', '"yes"') : l)).join('\n');
      expect(recount(forged)).toMatchObject({
        valid: true,
        agrees: false,
        hashMatches: false,
        totalsMatch: false,
      });
    });

    it('published totals that do not follow from the ballots', () => {
      const forged = text.replace('"outcome":"ADOPTED"', '"outcome":"REJECTED"');
      expect(forged).not.toBe(text);
      expect(recount(forged)).toMatchObject({
        valid: true,
        agrees: false,
        hashMatches: true,
        totalsMatch: false,
      });
    });

    it('ballots out of order, duplicated, not canonical, or a truncated file', () => {
      const swapped = [lines[0], lines[2], lines[1], ...lines.slice(3)].join('\n');
      expect(recount(swapped)).toMatchObject({ valid: false, problem: { code: 'NOT_SORTED', line: 3 } });
      const twice = [lines[0], lines[1], lines[1], ...lines.slice(3)].join('\n');
      expect(recount(twice)).toMatchObject({ valid: false, problem: { code: 'NOT_SORTED', line: 3 } });
      const spaced = text.replace('{"choice"', '{ "choice"');
      expect(recount(spaced)).toMatchObject({ valid: false, problem: { code: 'NOT_CANONICAL', line: 2 } });
      expect(recount(text.slice(0, -1))).toMatchObject({ valid: false, problem: { code: 'TRUNCATED' } });
      const dropped = [lines[0], ...lines.slice(2)].join('\n');
      expect(recount(dropped)).toMatchObject({ valid: false, problem: { code: 'BALLOT_COUNT' } });
      const unknown = text.replace('"choice":"no"', '"choice":"maybe"');
      expect(recount(unknown)).toMatchObject({ valid: false, problem: { code: 'BAD_BALLOT' } });
    });
  });

  it('runs as a command: exit 0 when it agrees, 1 when it disagrees, 2 for a malformed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recount-'));
    const { text } = writeTallyFile(yesNoElection('yyyyyna', 10));
    writeFileSync(join(dir, 'good.jsonl'), text);
    writeFileSync(join(dir, 'forged.jsonl'), text.replace('"outcome":"ADOPTED"', '"outcome":"REJECTED"'));
    writeFileSync(join(dir, 'broken.jsonl'), 'not json\n');
    const output = execFileSync(process.execPath, [cli, join(dir, 'good.jsonl')], { encoding: 'utf8' });
    expect(output).toContain('Yes 5, no 1, abstain 1');
    expect(output).toContain('Outcome: ADOPTED');
    expect(output).toContain('The recount agrees with the published totals.');
    const run = (file: string) =>
      spawnSync(process.execPath, [cli, join(dir, file), '--json'], { encoding: 'utf8' });
    expect(run('forged.jsonl').status).toBe(1);
    expect(JSON.parse(run('forged.jsonl').stdout)).toMatchObject({ agrees: false, totalsMatch: false });
    expect(run('broken.jsonl').status).toBe(2);
  });

  describe('agrees with the library on counts near 2^53', () => {
    const MAX = Number.MAX_SAFE_INTEGER;
    /** Counts within a few units of `whole · n / d`, where a float cross-multiplication goes wrong. */
    const near = (whole: number, [n, d]: readonly [number, number], offset: number): number => {
      const value = (BigInt(whole) * BigInt(n)) / BigInt(d) + BigInt(offset);
      return Number(value < 0n ? 0n : value > BigInt(whole) ? BigInt(whole) : value);
    };
    /** One ballot per weight (its delegated votes make up the rest); empty weights cast no ballot. */
    const weighted = (contents: readonly [object, number][]): TallyFileBallot[] =>
      contents
        .filter(([, weight]) => weight > 0)
        .map(
          ([content, weight], n) =>
            ({ receipt: receipt(n), delegated: weight - 1, ...content }) as TallyFileBallot,
        );
    const hugeYesNo = (electorate: number, yes: number, no: number): TallyFileInput => ({
      proposalId: 'huge',
      kind: 'TERMS',
      method: 'yes-no',
      electorate,
      electorateDigest: 'f'.repeat(64),
      ballots: weighted([
        [{ choice: 'yes' }, yes],
        [{ choice: 'no' }, no],
      ]),
    });
    const hugeAlternatives = (
      method: 'schulze' | 'approval',
      forA: number,
      forSq: number,
    ): TallyFileInput => ({
      proposalId: 'huge',
      kind: 'CHARTER',
      method,
      electorate: MAX,
      electorateDigest: 'f'.repeat(64),
      alternatives: ['SQ', 'A'],
      statusQuo: 'SQ',
      ballots: weighted(
        method === 'schulze'
          ? [
              [{ ranking: [['A'], ['SQ']] }, forA],
              [{ ranking: [['SQ'], ['A']] }, forSq],
            ]
          : [
              [{ approved: ['A'] }, forA],
              [{ approved: ['SQ'] }, forSq],
            ],
      ),
    });

    it('the command agrees with files the library wrote at the edge of 20 %, 2/3 and 3/4', () => {
      const dir = mkdtempSync(join(tmpdir(), 'recount-huge-'));
      const files = {
        // One member short of a 20 % quorum of 9,007,199,254,740,991: NO_QUORUM.
        quorum: hugeYesNo(MAX, 1_801_439_850_948_198, 0),
        // Just above 2/3 of 9,007,199,254,740,988 yes/no votes: ADOPTED.
        majority: hugeYesNo(MAX, 6_004_799_503_160_659, 3_002_399_751_580_329),
        // Just above 3/4 against the status quo, with delegated weight: ADOPTED.
        approval: hugeAlternatives('approval', 6_755_399_441_055_742, 2_251_799_813_685_247),
        schulze: hugeAlternatives('schulze', 6_755_399_441_055_742, 2_251_799_813_685_247),
      };
      const outcomes = Object.entries(files).map(([name, input]) => {
        const file = writeTallyFile(input);
        writeFileSync(join(dir, `${name}.jsonl`), file.text);
        const run = spawnSync(process.execPath, [cli, join(dir, `${name}.jsonl`), '--json'], {
          encoding: 'utf8',
        });
        expect({ name, status: run.status, stderr: run.stderr }).toEqual({ name, status: 0, stderr: '' });
        expect(JSON.parse(run.stdout)).toMatchObject({
          agrees: true,
          recounted: JSON.parse(JSON.stringify(file.totals)) as unknown,
        });
        return file.totals.outcome;
      });
      expect(outcomes).toEqual(['NO_QUORUM', 'ADOPTED', 'ADOPTED', 'ADOPTED']);
    });

    it('yes/no, approval and Schulze agree near every boundary (in process)', () => {
      const kindOf = fc.constantFrom(...PROPOSAL_KINDS);
      const offset = fc.integer({ min: -2, max: 2 });
      const electorate = fc.integer({ min: MAX - 10_000, max: MAX });
      const agreesWith = (input: TallyFileInput) => {
        const file = writeTallyFile(input);
        const result = recount(file.text);
        expect(result).toMatchObject({ valid: true, agrees: true });
        expect(result.recounted).toEqual(JSON.parse(JSON.stringify(file.totals)));
      };
      fc.assert(
        fc.property(
          kindOf,
          electorate,
          offset,
          offset,
          fc.constantFrom('yes-no', 'approval', 'schulze'),
          (kind, size, dq, da, method) => {
            const { quorum, adoption } = DEFAULT_SETTINGS[kind];
            const turnout = near(size, [quorum.numerator, quorum.denominator], dq);
            const forA = near(turnout, [adoption.numerator, adoption.denominator], da);
            const input =
              method === 'yes-no'
                ? hugeYesNo(size, forA, turnout - forA)
                : {
                    ...hugeAlternatives(method, forA, turnout - forA),
                    kind,
                    electorate: size,
                  };
            agreesWith({ ...input, kind });
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('agrees with the library on random elections', () => {
    const alternatives = ['SQ', 'A', 'B', 'C', 'D'];
    const kind = fc.constantFrom(...PROPOSAL_KINDS);
    const delegated = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(4) });
    const ranking = fc.shuffledSubarray(alternatives).chain((ranked) =>
      fc.array(fc.boolean(), { minLength: ranked.length, maxLength: ranked.length }).map((tiesWithNext) => {
        const tiers: string[][] = [];
        ranked.forEach((id, i) =>
          i > 0 && tiesWithNext[i] ? tiers[tiers.length - 1]?.push(id) : tiers.push([id]),
        );
        return tiers;
      }),
    );
    const election = (content: fc.Arbitrary<object>, method: TallyFileInput['method']) =>
      fc
        .record({
          kind,
          ballots: fc.array(fc.record({ content, delegated }), { maxLength: 60 }),
          extra: fc.nat(200),
        })
        .map(({ kind: k, ballots, extra }): TallyFileInput => {
          const weight = ballots.reduce((sum, b) => sum + 1 + b.delegated, 0);
          return {
            proposalId: 'p',
            kind: k,
            method,
            electorate: weight + extra,
            electorateDigest: 'e'.repeat(64),
            ...(method === 'yes-no' ? {} : { alternatives, statusQuo: 'SQ' }),
            ballots: ballots.map(
              (b, n) => ({ receipt: receipt(n), delegated: b.delegated, ...b.content }) as TallyFileBallot,
            ),
          };
        });

    const agrees = (input: TallyFileInput) => {
      const file = writeTallyFile(input);
      const result = recount(file.text);
      expect(result).toMatchObject({ valid: true, agrees: true });
      expect(result.recounted).toEqual(JSON.parse(JSON.stringify(file.totals)));
    };

    it('yes/no/abstain', () => {
      const choice = fc.constantFrom('yes', 'no', 'abstain').map((c) => ({ choice: c }));
      fc.assert(fc.property(election(choice, 'yes-no'), agrees), { numRuns: 300 });
    });

    it('Schulze over partial rankings with ties', () => {
      fc.assert(
        fc.property(
          election(
            ranking.map((r) => ({ ranking: r })),
            'schulze',
          ),
          agrees,
        ),
        { numRuns: 300 },
      );
    });

    it('approval', () => {
      const approved = fc.subarray(alternatives).map((a) => ({ approved: a }));
      fc.assert(fc.property(election(approved, 'approval'), agrees), { numRuns: 300 });
    });
  });
});
