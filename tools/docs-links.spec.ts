// Keeps the documentation honest as files move: every relative link in docs/ and the README must point at
// a file that exists, and a link to a heading (`governance.md#tallies`) at a heading that exists, with
// anchors made the way GitHub makes them. Source comments cite docs/, never the old files outside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..');

/** Folders that hold no source of ours. */
const SKIPPED_DIRS = new Set([
  '.git',
  '.nx',
  '.data',
  'node_modules',
  'dist',
  'coverage',
  'tmp',
  'test-results',
  'playwright-report',
]);

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : filesUnder(path, keep);
    return entry.isFile() && keep(path) ? [path] : [];
  });
}

/** The Markdown without fenced code blocks, whose lines are neither headings nor links. */
function withoutFences(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').filter((line) => {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker && (fence === undefined || fence === marker)) {
      fence = fence === undefined ? marker : undefined;
      return false;
    }
    return fence === undefined;
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const text = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*]/g, '')
      .toLowerCase();
    const base = text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Link destinations of inline links and images, outside code. */
function linkTargets(markdown: string): string[] {
  const prose = withoutFences(markdown)
    .join('\n')
    .replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(
    (match) => match[1]!,
  );
}

/** What is wrong with the relative links of one Markdown file, as readable lines. */
function brokenLinks(file: string, markdown: string, readTarget = readFileSync): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
    const [rawPath = '', anchor] = target.split('#', 2);
    const path = rawPath === '' ? file : resolve(dirname(file), decodeURIComponent(rawPath));
    if (path !== ROOT && !path.startsWith(ROOT + sep)) {
      problems.push(`${target}: leaves the repository`);
      continue;
    }
    if (rawPath !== '' && !existsSync(path)) {
      problems.push(`${target}: no such file`);
      continue;
    }
    if (anchor === undefined || anchor === '') continue;
    if (extname(path) !== '.md' || (rawPath !== '' && statSync(path).isDirectory())) {
      problems.push(`${target}: an anchor into a file that is not Markdown`);
      continue;
    }
    const text = path === file ? markdown : readTarget(path, 'utf8');
    if (!headingAnchors(text).has(anchor)) problems.push(`${target}: no heading "#${anchor}"`);
  }
  return problems;
}

const docs = [join(ROOT, 'README.md'), ...filesUnder(join(ROOT, 'docs'), (path) => path.endsWith('.md'))];

describe('the documentation links', () => {
  it('cover the docs folder and the README', () => {
    const names = docs.map((file) => relative(ROOT, file));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'docs/runbook.md']));
  });

  it.each(docs.map((file) => [relative(ROOT, file), file]))('%s: every relative link resolves', (_, file) => {
    expect(brokenLinks(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('source comments', () => {
  // Spelled in two parts so this file does not cite them itself.
  const oldFiles = ['DOMAIN', 'ARCHITECTURE'].map((name) => `${name}.md`);
  const sources = filesUnder(ROOT, (path) => /\.(ts|tsx|mjs|cjs|js|json|md|sh)$/.test(path));

  it('cite docs/, never the files that used to live outside the repository', () => {
    const citing = sources.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return oldFiles.some((name) => text.includes(name));
    });
    expect(citing.map((file) => relative(ROOT, file))).toEqual([]);
  });
});

describe('the link checker', () => {
  const page = join(ROOT, 'docs', 'page.md');

  it('makes anchors the way GitHub does', () => {
    const anchors = headingAnchors(
      ['# Schulze with the status quo', '## `ALLOWED` actions: (table)', '## Tallies', '## Tallies'].join(
        '\n',
      ),
    );
    expect([...anchors]).toEqual([
      'schulze-with-the-status-quo',
      'allowed-actions-table',
      'tallies',
      'tallies-1',
    ]);
  });

  it('ignores headings and links in code', () => {
    const markdown = ['```sh', '# not a heading', '[a](missing.md)', '```', 'Use `[b](gone.md)`.'].join('\n');
    expect(headingAnchors(markdown).size).toBe(0);
    expect(linkTargets(markdown)).toEqual([]);
  });

  it('reports a missing file, a missing heading and a link out of the repository', () => {
    const markdown = [
      '# Here',
      '[ok](#here) [web](https://example.org) [file](architecture.md)',
      '[gone](no-such-page.md) [anchor](#nowhere) [out](../../outside.md)',
    ].join('\n');
    expect(brokenLinks(page, markdown)).toEqual([
      'no-such-page.md: no such file',
      '#nowhere: no heading "#nowhere"',
      '../../outside.md: leaves the repository',
    ]);
  });
});
