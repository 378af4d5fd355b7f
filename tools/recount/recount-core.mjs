// Independent recount of a published tally file (format `lovecando-tally/1`, described in
// libs/governance/domain/src/receipts/tally-file.types.ts). It deliberately shares no code with the
// governance library — not even a helper — so that a bug in one cannot hide in both: its own canonical
// JSON, its own counting (pairwise counts by comparing positions, O(B·n²), where the library walks
// ranked tiers), its own strongest paths, and exact comparisons in BigInt where the library uses integer
// cross-multiplication. Only Node's built-ins are used. `recountBytes(bytes)` and `recount(text)` return
// what they found and never throw for a bad file, however hostile; the CLI (recount.mjs) prints it.
// Before anything recursive (the canonical form, JSON.stringify) sees a line, its nesting depth is checked
// by a flat scan, so a deeply nested line is reported as malformed instead of overflowing the stack.
import { Buffer, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';

const FORMAT = 'lovecando-tally/1';
const METHODS = new Set(['yes-no', 'schulze', 'approval']);
const CHOICES = new Set(['yes', 'no', 'abstain']);
const HEX64 = /^[0-9a-f]{64}$/;
/**
 * Deepest nesting of arrays and objects a line may have. The format needs 4 (the trailer's pairwise matrix
 * inside its totals); twice that leaves room to grow while staying far below any recursion limit.
 */
export const MAX_DEPTH = 8;
// I-JSON (RFC 7493), on which RFC 8785 builds, forbids lone surrogates and noncharacters in strings.
const NOT_I_JSON = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** A value as it may appear in a one-line message: JSON, cut short. */
const quote = (value) => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
};

/** How many `[` and `{` a text holds, counting no further than just past `limit`. */
function openings(text, limit) {
  let count = 0;
  for (const bracket of ['[', '{']) {
    for (let at = text.indexOf(bracket); at >= 0 && count <= limit; at = text.indexOf(bracket, at + 1)) {
      count += 1;
    }
  }
  return count;
}

/** Whether arrays and objects nest deeper than MAX_DEPTH in a JSON text (brackets inside strings skipped). */
function tooDeep(text) {
  // Most lines open fewer brackets than the limit in all, which indexOf counts far faster than a scan.
  if (openings(text, MAX_DEPTH) <= MAX_DEPTH) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > MAX_DEPTH) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}

/** A JSON string literal, refusing what I-JSON forbids. */
const string = (value) => {
  if (NOT_I_JSON.test(value)) throw new TypeError('a string holds a lone surrogate or a noncharacter');
  return JSON.stringify(value);
};

/**
 * RFC 8785 for the values a tally file holds (strings, safe integers, booleans, null, arrays, objects).
 * Recursive: only called on values whose depth tooDeep() has bounded.
 */
export function canonical(value) {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return string(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`not a whole number: ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${string(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  throw new TypeError(`unexpected ${typeof value}`);
}

class FileProblem extends Error {
  constructor(line, code, message) {
    super(message);
    this.line = line;
    this.code = code;
  }
}

const isCount = (value) => Number.isSafeInteger(value) && value >= 0;
const isRatio = (value) =>
  Array.isArray(value) && value.length === 2 && value.every((x) => Number.isSafeInteger(x) && x > 0);

function parseLine(text, line) {
  if (tooDeep(text)) {
    throw new FileProblem(line, 'TOO_DEEP', `line ${line} nests deeper than ${MAX_DEPTH} levels`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FileProblem(line, 'NOT_JSON', `line ${line} is not JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FileProblem(line, 'NOT_AN_OBJECT', `line ${line} is not a JSON object`);
  }
  let expected;
  try {
    expected = canonical(value);
  } catch (error) {
    throw new FileProblem(line, 'NOT_CANONICAL', `line ${line}: ${error.message}`);
  }
  if (expected !== text) throw new FileProblem(line, 'NOT_CANONICAL', `line ${line} is not canonical JSON`);
  return value;
}

function checkHeader(header) {
  const fail = (message) => {
    throw new FileProblem(1, 'BAD_HEADER', `header: ${message}`);
  };
  if (header.format !== FORMAT) fail(`format must be ${FORMAT}`);
  if (!METHODS.has(header.method)) fail(`unknown method ${quote(header.method)}`);
  if (!isRatio(header.quorum) || !isRatio(header.adoption))
    fail('quorum and adoption must be [numerator, denominator]');
  if (!isCount(header.electorate) || !isCount(header.ballots))
    fail('electorate and ballots must be whole numbers');
  if (header.method === 'yes-no') {
    if (header.alternatives !== null || header.statusQuo !== null) fail('a yes/no vote has no alternatives');
  } else {
    const { alternatives, statusQuo } = header;
    if (!Array.isArray(alternatives) || !alternatives.every((a) => typeof a === 'string'))
      fail('alternatives');
    if (new Set(alternatives).size !== alternatives.length) fail('duplicate alternatives');
    if (!alternatives.includes(statusQuo)) fail('the status quo must be one of the alternatives');
  }
}

function checkTrailer(trailer, line) {
  const keys = Object.keys(trailer).sort().join(',');
  const { totals, contentSha256 } = trailer;
  if (keys !== 'contentSha256,totals' || typeof contentSha256 !== 'string' || !HEX64.test(contentSha256)) {
    throw new FileProblem(
      line,
      'BAD_TRAILER',
      `line ${line}: the trailer holds exactly totals and contentSha256`,
    );
  }
  if (totals === null || typeof totals !== 'object' || Array.isArray(totals)) {
    throw new FileProblem(line, 'BAD_TRAILER', `line ${line}: the totals must be an object`);
  }
}

const share = (direct, delegated) => ({ direct, delegated, total: direct + delegated });
/** part / whole ≥ n / d, exactly. */
const atLeast = (part, whole, [n, d]) => BigInt(part) * BigInt(d) >= BigInt(n) * BigInt(whole);
/** part / whole > n / d, exactly. */
const above = (part, whole, [n, d]) => BigInt(part) * BigInt(d) > BigInt(n) * BigInt(whole);

function quorumOf(header, turnout) {
  if (turnout > header.electorate) {
    throw new FileProblem(
      null,
      'OVER_ELECTORATE',
      `${turnout} votes exceed the electorate of ${header.electorate}`,
    );
  }
  return header.electorate > 0 && atLeast(turnout, header.electorate, header.quorum);
}

function countYesNo(header, ballots) {
  const direct = { yes: 0, no: 0, abstain: 0 };
  const delegated = { yes: 0, no: 0, abstain: 0 };
  for (const ballot of ballots) {
    direct[ballot.choice] += 1;
    delegated[ballot.choice] += ballot.delegated;
  }
  const total = (choice) => direct[choice] + delegated[choice];
  const turnout = share(ballots.length, delegated.yes + delegated.no + delegated.abstain);
  const quorumMet = quorumOf(header, turnout.total);
  const expressed = total('yes') + total('no');
  const majority = expressed > 0 && above(total('yes'), expressed, header.adoption);
  return {
    yes: share(direct.yes, delegated.yes),
    no: share(direct.no, delegated.no),
    abstain: share(direct.abstain, delegated.abstain),
    turnout,
    quorumMet,
    majority,
    outcome: !quorumMet ? 'NO_QUORUM' : majority ? 'ADOPTED' : 'REJECTED',
  };
}

/** The decision shared by both counts over alternatives: unique winner, beats the status quo, quorum. */
function decide(header, winner, forWinner, forStatusQuo, turnout) {
  const quorumMet = quorumOf(header, turnout);
  const beatsStatusQuo =
    winner !== null &&
    winner !== header.statusQuo &&
    forWinner + forStatusQuo > 0 &&
    above(forWinner, forWinner + forStatusQuo, header.adoption);
  const outcome = !quorumMet ? 'NO_QUORUM' : beatsStatusQuo ? 'ADOPTED' : 'STATUS_QUO';
  return { winner, quorumMet, beatsStatusQuo, outcome, adopted: outcome === 'ADOPTED' ? winner : null };
}

function countSchulze(header, ballots) {
  const names = header.alternatives;
  const n = names.length;
  const position = new Map(names.map((name, i) => [name, i]));
  const d = Array.from({ length: n }, () => new Array(n).fill(0));
  const rank = new Array(n);
  let delegatedTotal = 0;
  for (const ballot of ballots) {
    const weight = 1 + ballot.delegated;
    delegatedTotal += ballot.delegated;
    rank.fill(Infinity);
    ballot.ranking.forEach((tier, t) => {
      for (const name of tier) rank[position.get(name)] = t;
    });
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) if (rank[i] < rank[j]) d[i][j] += weight;
    }
  }
  // Strongest paths (Schulze 2011, section 2.3), winning votes.
  const p = d.map((row, i) => row.map((dij, j) => (i !== j && dij > d[j][i] ? dij : 0)));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (i === j) continue;
      for (let k = 0; k < n; k += 1) {
        if (k === i || k === j) continue;
        p[j][k] = Math.max(p[j][k], Math.min(p[j][i], p[i][k]));
      }
    }
  }
  // Ranking: peel off, in listed order, the alternatives that no remaining alternative beats.
  const ranking = [];
  let remaining = names.map((_, i) => i);
  while (remaining.length > 0) {
    const tier = remaining.filter((i) => !remaining.some((j) => p[j][i] > p[i][j]));
    if (tier.length === 0) throw new FileProblem(null, 'NO_RANKING', 'the Schulze relation has a cycle');
    ranking.push(tier.map((i) => names[i]));
    remaining = remaining.filter((i) => !tier.includes(i));
  }
  const winner = ranking[0].length === 1 ? ranking[0][0] : null;
  const w = winner === null ? -1 : position.get(winner);
  const sq = position.get(header.statusQuo);
  const turnout = share(ballots.length, delegatedTotal);
  return {
    turnout,
    pairwise: d,
    strongestPaths: p,
    ranking,
    ...decide(header, winner, w < 0 ? 0 : d[w][sq], w < 0 ? 0 : d[sq][w], turnout.total),
  };
}

function countApproval(header, ballots) {
  const names = header.alternatives;
  const approvals = new Map(names.map((name) => [name, 0]));
  const pairs = new Map();
  let delegatedTotal = 0;
  for (const ballot of ballots) {
    const weight = 1 + ballot.delegated;
    delegatedTotal += ballot.delegated;
    for (const name of ballot.approved) approvals.set(name, approvals.get(name) + weight);
    // Head-to-head against the status quo, counted directly: approves one of the two but not the other.
    const withStatusQuo = ballot.approved.includes(header.statusQuo);
    for (const name of names) {
      const approved = ballot.approved.includes(name);
      if (approved !== withStatusQuo) {
        const key = `${name}\u0000${approved ? 'for' : 'against'}`;
        pairs.set(key, (pairs.get(key) ?? 0) + weight);
      }
    }
  }
  const levels = [...new Set(approvals.values())].sort((a, b) => b - a);
  const ranking = levels.map((level) => names.filter((name) => approvals.get(name) === level));
  const winner = ranking.length > 0 && ranking[0].length === 1 ? ranking[0][0] : null;
  const forWinner = winner === null ? 0 : (pairs.get(`${winner}\u0000for`) ?? 0);
  const forStatusQuo = winner === null ? 0 : (pairs.get(`${winner}\u0000against`) ?? 0);
  const turnout = share(ballots.length, delegatedTotal);
  return {
    turnout,
    approvals: names.map((name) => approvals.get(name)),
    headToHead:
      winner === null || winner === header.statusQuo
        ? { forWinner: 0, forStatusQuo: 0 }
        : { forWinner, forStatusQuo },
    ranking,
    ...decide(header, winner, forWinner, forStatusQuo, turnout.total),
  };
}

// A yes/no ballot line has exactly one canonical spelling, so one anchored pattern checks the shape, the
// key order and the absence of spaces at once, without parsing JSON (most files are yes/no).
const YES_NO_LINE =
  /^\{"choice":"(yes|no|abstain)","delegated":(0|[1-9][0-9]{0,15}),"receipt":"([0-9a-f]{64})"\}$/;

function parseBallot(header, text, line, known) {
  const fail = (code, message) => {
    throw new FileProblem(line, code, `line ${line}: ${message}`);
  };
  if (header.method === 'yes-no') {
    const match = YES_NO_LINE.exec(text);
    if (match === null) {
      // Say why: not JSON, not canonical, or not a yes/no ballot.
      const value = parseLine(text, line);
      if (!CHOICES.has(value.choice)) fail('BAD_BALLOT', 'expected a yes, no or abstain choice');
      fail('BAD_BALLOT', 'expected exactly choice, delegated and receipt');
    }
    const delegated = Number(match[2]);
    if (!Number.isSafeInteger(delegated)) fail('BAD_BALLOT', 'delegated must be a whole number');
    return { choice: match[1], delegated, receipt: match[3] };
  }
  const field = header.method === 'schulze' ? 'ranking' : 'approved';
  if (tooDeep(text)) fail('TOO_DEEP', `nests deeper than ${MAX_DEPTH} levels`);
  let ballot;
  try {
    ballot = JSON.parse(text);
  } catch {
    fail('NOT_JSON', 'not JSON');
  }
  if (
    ballot === null ||
    typeof ballot !== 'object' ||
    Object.keys(ballot).length !== 3 ||
    !(field in ballot)
  ) {
    fail('BAD_BALLOT', `expected exactly delegated, ${field} and receipt`);
  }
  if (!HEX64.test(ballot.receipt)) fail('BAD_BALLOT', 'the receipt must be 64 hex digits');
  if (!isCount(ballot.delegated)) fail('BAD_BALLOT', 'delegated must be a whole number');
  const value = ballot[field];
  const groups = field === 'ranking' ? value : [value];
  if (!Array.isArray(groups) || !groups.every(Array.isArray)) fail('BAD_BALLOT', `${field} must be a list`);
  const seen = new Set();
  for (const group of groups) {
    for (const name of group) {
      if (!known.has(name)) fail('BAD_BALLOT', `unknown alternative ${quote(name)}`);
      if (seen.has(name)) fail('BAD_BALLOT', `${quote(name)} appears twice`);
      seen.add(name);
    }
  }
  // Keys in code-point order and JSON.stringify's escaping of strings are what RFC 8785 prescribes here.
  const spelled =
    field === 'ranking'
      ? `{"delegated":${ballot.delegated},"ranking":${JSON.stringify(value)},"receipt":"${ballot.receipt}"}`
      : `{"approved":${JSON.stringify(value)},"delegated":${ballot.delegated},"receipt":"${ballot.receipt}"}`;
  if (spelled !== text) fail('NOT_CANONICAL', 'not canonical JSON');
  return ballot;
}

const malformed = (code, message) => ({
  valid: false,
  agrees: false,
  problem: { line: null, code, message },
});

/** Recounts a tally file as read from disk: it must be UTF-8, which a decoder would otherwise patch over. */
export function recountBytes(bytes) {
  if (!isUtf8(bytes)) return malformed('NOT_UTF8', 'the file is not valid UTF-8');
  return recount(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** Reads and recounts a tally file; never throws for a bad file, it says what is wrong. */
export function recount(text) {
  const contentHash = createHash('sha256');
  try {
    // The writer emits neither; both would otherwise surface later as a less telling NOT_JSON.
    if (text.startsWith('\uFEFF')) {
      throw new FileProblem(1, 'BYTE_ORDER_MARK', 'the file must not start with a BOM');
    }
    if (text.includes('\r')) {
      throw new FileProblem(
        null,
        'CARRIAGE_RETURN',
        'lines must end with a line feed alone, without a carriage return',
      );
    }
    if (!text.endsWith('\n')) throw new FileProblem(null, 'TRUNCATED', 'the file must end with a newline');
    const lines = text.slice(0, -1).split('\n');
    if (lines.length < 2) throw new FileProblem(null, 'TRUNCATED', 'a tally file has a header and a trailer');
    const header = parseLine(lines[0], 1);
    checkHeader(header);
    if (lines.length !== header.ballots + 2) {
      throw new FileProblem(
        null,
        'BALLOT_COUNT',
        `the header announces ${header.ballots} ballots, the file has ${lines.length - 2}`,
      );
    }
    const known = new Set(header.alternatives ?? []);
    const ballots = new Array(header.ballots);
    let previous = '';
    for (let k = 1; k <= header.ballots; k += 1) {
      const ballot = parseBallot(header, lines[k], k + 1, known);
      if (ballot.receipt <= previous) {
        throw new FileProblem(
          k + 1,
          'NOT_SORTED',
          `line ${k + 1}: receipts must be unique and in ascending order`,
        );
      }
      previous = ballot.receipt;
      ballots[k - 1] = ballot;
    }
    const trailerLine = lines.length;
    const trailer = parseLine(lines[trailerLine - 1], trailerLine);
    checkTrailer(trailer, trailerLine);
    const contentLength = text.length - lines[trailerLine - 1].length - 1;
    const computedHash = contentHash.update(text.slice(0, contentLength), 'utf8').digest('hex');
    const counted =
      header.method === 'yes-no'
        ? countYesNo(header, ballots)
        : header.method === 'schulze'
          ? countSchulze(header, ballots)
          : countApproval(header, ballots);
    const hashMatches = trailer.contentSha256 === computedHash;
    const totalsMatch = canonical(counted) === canonical(trailer.totals);
    return {
      valid: true,
      agrees: hashMatches && totalsMatch,
      hashMatches,
      totalsMatch,
      header,
      contentSha256: computedHash,
      fileSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      recounted: counted,
      published: trailer.totals,
    };
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    return {
      valid: false,
      agrees: false,
      problem: { line: error.line, code: error.code, message: error.message },
    };
  }
}
