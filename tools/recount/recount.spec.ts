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
import { MAX_DEPTH, recount, recountBytes } from './recount-core.mjs';

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

  describe('hostile input: malformed means exit 2 and one line on stderr, never 1, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recount-hostile-'));
    const ranked: TallyFileInput = {
      proposalId: 'ranked',
      kind: 'POLICY',
      method: 'schulze',
      electorate: 10,
      electorateDigest: 'c'.repeat(64),
      alternatives: ['SQ', 'A', 'B'],
      statusQuo: 'SQ',
      ballots: [
        { receipt: receipt(0), delegated: 0, ranking: [['A'], ['SQ']] },
        { receipt: receipt(1), delegated: 1, ranking: [['B', 'A']] },
        { receipt: receipt(2), delegated: 0, ranking: [] },
      ],
    };
    const yesNo = writeTallyFile(yesNoElection('yyna', 10)).text;
    const schulzeFile = writeTallyFile(ranked).text;
    const lines = schulzeFile.split('\n');
    const withLine = (index: number, line: string): string =>
      lines.map((l, i) => (i === index ? line : l)).join('\n');
    const deep = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
    const bytes = (...parts: (string | number[])[]): Buffer =>
      Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

    /** Runs the command on the file; returns its status and its stderr lines. */
    const runCli = (name: string, content: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      const run = spawnSync(process.execPath, [cli, path], { encoding: 'utf8' });
      return {
        status: run.status,
        stderr: run.stderr,
        lines: run.stderr.split('\n').filter((l) => l !== ''),
      };
    };
    const expectMalformed = (name: string, content: string | Uint8Array, code: string) => {
      const buffer = typeof content === 'string' ? Buffer.from(content) : content;
      expect(recountBytes(buffer)).toMatchObject({ valid: false, problem: { code } });
      const run = runCli(name, content);
      expect({ status: run.status, lines: run.lines.length }).toEqual({ status: 2, lines: 1 });
      expect(run.stderr).toMatch(/^Malformed tally file: [^\n]{1,300}\n$/);
      expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    };

    it(`a 10 KB ballot line nested 5,000 deep (the limit is ${MAX_DEPTH})`, () => {
      const line = `{"delegated":0,"ranking":${deep(5_000)},"receipt":"${receipt(0)}"}`;
      expect(line.length).toBeGreaterThan(10_000);
      expectMalformed('deep-ranking.jsonl', withLine(1, line), 'TOO_DEEP');
      expectMalformed(
        'deep-choice.jsonl',
        yesNo.replace('"choice":"no"', `"choice":${deep(5_000)}`),
        'TOO_DEEP',
      );
      expectMalformed(
        'deep-header.jsonl',
        yesNo.replace('"alternatives":null', `"alternatives":${deep(5_000)}`),
        'TOO_DEEP',
      );
      // Brackets inside strings do not nest.
      expect(recount(yesNo.replace('"proposal-1"', `"${deep(5_000)}"`))).toMatchObject({
        valid: true,
        agrees: false,
      });
    });

    it('numbers beyond the safe integers', () => {
      expectMalformed(
        'huge-electorate.jsonl',
        yesNo.replace('"electorate":10', '"electorate":1e400'),
        'NOT_CANONICAL',
      );
      expectMalformed(
        'huge-delegated.jsonl',
        yesNo.replace('"delegated":0', '"delegated":99999999999999999999'),
        'NOT_CANONICAL',
      );
      expectMalformed(
        'unsafe-delegated.jsonl',
        yesNo.replace('"delegated":0', '"delegated":9007199254740993'),
        'BAD_BALLOT',
      );
      expectMalformed('huge-total.jsonl', yesNo.replace('"total":1', '"total":1e308'), 'NOT_CANONICAL');
    });

    it('NUL bytes, invalid UTF-8, a BOM and CRLF line ends', () => {
      expectMalformed('nul.jsonl', yesNo.replace('"choice":"no"', '"choice":"n\u0000o"'), 'NOT_JSON');
      expectMalformed('only-nul.jsonl', '\u0000\n\u0000\n', 'NOT_JSON');
      const [head, tail] = [yesNo.slice(0, 40), yesNo.slice(40)];
      expectMalformed('latin-1.jsonl', bytes(head, [0xe9], tail), 'NOT_UTF8');
      expectMalformed('overlong.jsonl', bytes(head, [0xc0, 0xaf], tail), 'NOT_UTF8');
      // A surrogate encoded as if it were a character (CESU-8): not UTF-8 either.
      expectMalformed('cesu.jsonl', bytes(head, [0xed, 0xa0, 0x80], tail), 'NOT_UTF8');
      expectMalformed('bom.jsonl', `\uFEFF${yesNo}`, 'BYTE_ORDER_MARK');
      expectMalformed('crlf.jsonl', yesNo.replace(/\n/g, '\r\n'), 'CARRIAGE_RETURN');
    });

    it('lone surrogates and noncharacters, which I-JSON forbids and the library does not write', () => {
      expectMalformed('surrogate.jsonl', yesNo.replace('"proposal-1"', '"\\ud800"'), 'NOT_CANONICAL');
      expectMalformed('low-surrogate.jsonl', yesNo.replace('"proposal-1"', '"a\\udfffb"'), 'NOT_CANONICAL');
      expectMalformed('nonchar.jsonl', yesNo.replace('"proposal-1"', '"\\ufffe"'), 'NOT_CANONICAL');
      expectMalformed('surrogate-key.jsonl', yesNo.replace('"proposal"', '"\\ud800"'), 'NOT_CANONICAL');
      expect(() => writeTallyFile({ ...yesNoElection('y', 1), proposalId: 'p\ud800' })).toThrow(RangeError);
      expect(() => writeTallyFile({ ...ranked, alternatives: ['SQ', 'A', 'B\uffff'] })).toThrow(RangeError);
    });

    it('what the library does write with unusual text is sound: escaped controls, pairs, U+2028', () => {
      const names = ['SQ', 'A\u0000\n"', 'B 😀\u2028'];
      const file = writeTallyFile({
        ...ranked,
        proposalId: 'p\u0007😀',
        alternatives: names,
        ballots: [{ receipt: receipt(0), delegated: 0, ranking: [[names[2]!], [names[1]!]] }],
      });
      expect(recountBytes(Buffer.from(file.text))).toMatchObject({ valid: true, agrees: true });
      const run = runCli('unusual.jsonl', file.text);
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    });

    it('a ranking of many tiers opens many brackets but nests only three deep: sound', () => {
      const many = Array.from({ length: 12 }, (_, i) => `alt${i}`);
      const file = writeTallyFile({
        ...ranked,
        alternatives: many,
        statusQuo: 'alt0',
        ballots: [{ receipt: receipt(0), delegated: 0, ranking: many.map((id) => [id]) }],
      });
      expect(recount(file.text)).toMatchObject({ valid: true, agrees: true });
    });

    it('a 1 MB single line, an empty file, a trailer without totals, long names in messages', () => {
      expectMalformed('long-line.jsonl', `${'x'.repeat(1 << 20)}\n`, 'TRUNCATED');
      expectMalformed('long-brackets.jsonl', `${'['.repeat(1 << 20)}\n{}\n`, 'TOO_DEEP');
      expectMalformed('empty.jsonl', '', 'TRUNCATED');
      expectMalformed('no-totals.jsonl', withLine(lines.length - 2, '{}'), 'BAD_TRAILER');
      const long = `"${'z'.repeat(1 << 20)}"`;
      const withA = lines.findIndex((line) => line.includes('"ranking":[["A"]'));
      expectMalformed('long-name.jsonl', withLine(withA, lines[withA]!.replace('"A"', long)), 'BAD_BALLOT');
    });

    it('a file it cannot read, or no file at all', () => {
      const missing = spawnSync(process.execPath, [cli, join(dir, 'missing.jsonl')], { encoding: 'utf8' });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/^cannot read [^\n]+\n$/);
      const usage = spawnSync(process.execPath, [cli], { encoding: 'utf8' });
      expect({ status: usage.status, stderr: usage.stderr }).toEqual({
        status: 2,
        stderr: 'usage: recount FILE [--json]\n',
      });
    });

    // Mutations of a valid file: JSON values swapped for hostile ones (which keep the line JSON, so they
    // reach the deeper checks), then byte flips, insertions (hostile snippets among them) and deletions.
    const hostileValues = [
      deep(5_000),
      '1e400',
      '-0',
      '9007199254740993',
      '"\\ud800"',
      '"\\ufffe"',
      '{}',
      '[]',
      'null',
    ];
    /** A JSON value that is not an object key: after `:`, `[` or `,`, before `,`, `]` or `}`. */
    const VALUE = /(?<=[:[,])(?:"[^"]*"|\d+|null)(?=[,\]}])/g;
    const swap = fc.record({ nth: fc.nat(), value: fc.constantFrom(...hostileValues) });
    const snippets = [...'[]{}"\\,:\n\r\u0000\uFEFF', '\\ud800', '1e400'];
    type Mutation =
      | { readonly at: number; readonly set: number }
      | { readonly at: number; readonly insert: Uint8Array }
      | { readonly at: number; readonly remove: number };
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ at: fc.nat(), set: fc.integer({ min: 0, max: 255 }) }),
      fc.record({
        at: fc.nat(),
        insert: fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 4 }),
          fc.constantFrom(...snippets, deep(5_000)).map((snippet) => Buffer.from(snippet)),
        ),
      }),
      fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 16 }) }),
    );
    const mutate = (
      original: string,
      swaps: readonly { nth: number; value: string }[],
      mutations: readonly Mutation[],
    ): Buffer => {
      let text = original;
      for (const { nth, value } of swaps) {
        const matches = [...text.matchAll(VALUE)];
        const match = matches[nth % matches.length]!;
        text = text.slice(0, match.index) + value + text.slice(match.index + match[0].length);
      }
      let buffer = Buffer.from(text);
      for (const m of mutations) {
        const at = m.at % (buffer.length + 1);
        if ('set' in m) buffer[Math.min(at, buffer.length - 1)] = m.set;
        else if ('insert' in m)
          buffer = Buffer.concat([buffer.subarray(0, at), m.insert, buffer.subarray(at)]);
        else buffer = Buffer.concat([buffer.subarray(0, at), buffer.subarray(at + m.remove)]);
      }
      return buffer;
    };
    const exitOf = (result: ReturnType<typeof recountBytes>): number =>
      !result.valid ? 2 : result.agrees ? 0 : 1;
    const mutated = fc
      .tuple(
        fc.constantFrom(yesNo, schulzeFile),
        fc.array(swap, { minLength: 0, maxLength: 2 }),
        fc.array(mutation, { minLength: 0, maxLength: 3 }),
      )
      .map(([original, swaps, mutations]) => mutate(original, swaps, mutations));

    it('the core never throws and reports malformed files in one bounded line (fuzz)', () => {
      fc.assert(
        fc.property(mutated, (content) => {
          const result = recountBytes(content);
          if (!result.valid) expect(result.problem?.message).toMatch(/^[^\n]{1,200}$/);
        }),
        { numRuns: 2_000 },
      );
    });

    it('the command exits as the core decides, 0, 1 or 2, malformed with exactly one line on stderr (fuzz)', () => {
      fc.assert(
        fc.property(mutated, (content) => {
          const run = runCli('fuzz.jsonl', content);
          const status = exitOf(recountBytes(content));
          expect(run.status).toBe(status);
          expect(run.lines).toHaveLength(status === 2 ? 1 : 0);
          expect(run.stderr).not.toMatch(/\n\s+at /);
        }),
        { numRuns: 25 },
      );
    });
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
