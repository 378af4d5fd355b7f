// The screen must refuse an oversized document before any validation work, and its own work must stay
// linear in the document: counted here in selections looked at, never in milliseconds.
import fc from 'fast-check';
import { buildSchema, parse, specifiedRules, validate, type ValidationRule } from 'graphql';
import { screenDocument } from './screen-document.js';

const LIMITS = { maxSelections: 200 };
const schema = buildSchema(
  'type Query { me: Me, about: String } type Me { id: ID, email: String, friends: [Me] }',
);

/** Counts the nodes validation visits: zero when a document is never validated. */
function validationSteps(source: string): number {
  let steps = 0;
  const counter: ValidationRule = () => ({ enter: () => void (steps += 1) });
  validate(schema, parse(source), [...specifiedRules, counter]);
  return steps;
}

/** What the server does: screen, and validate only what the screen lets through. */
function serve(source: string): { refused: boolean; screened: number; validated: number } {
  const document = parse(source, { maxTokens: 2000 });
  const { refusal, visited } = screenDocument(document, LIMITS);
  return { refused: !!refusal, screened: visited, validated: refusal ? 0 : validationSteps(source) };
}

describe('screenDocument', () => {
  it('refuses 490 duplicate `me { id }` fields without validating them, after looking at 201 selections', () => {
    const outcome = serve(`{${' me { id }'.repeat(490)} }`);
    expect(outcome).toEqual({ refused: true, screened: 201, validated: 0 });
  });

  it('counts fields, fragment spreads and inline fragments, in operations and fragments alike', () => {
    const document = parse(`
      query { me { ...F ... on Me { id } } }
      fragment F on Me { id email friends { id } }`);
    expect(screenDocument(document, LIMITS)).toEqual({ visited: 8 });
  });

  it('lets an ordinary page query through to validation', () => {
    const outcome = serve('{ me { id email friends { id email } } about }');
    expect(outcome.refused).toBe(false);
    expect(outcome.validated).toBeGreaterThan(0);
  });

  it('stays linear: never looks at more selections than the limit plus one, nor than the document has', () => {
    // Pieces of a selection set, each with the number of selections it holds.
    const piece = fc.constantFrom<[string, number]>(
      ['me { id }', 2],
      ['about', 1],
      ['me { friends { id email } }', 4],
      ['... on Query { about }', 2],
      ['a: about', 1],
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 400 }), (pieces) => {
        const source = `{ ${pieces.map(([text]) => text).join(' ')} }`;
        const selections = pieces.reduce((sum, [, count]) => sum + count, 0);
        let document;
        try {
          document = parse(source, { maxTokens: 2000 });
        } catch {
          return; // refused by the parser's token limit before the screen
        }
        const { refusal, visited } = screenDocument(document, LIMITS);
        expect(visited).toBeLessThanOrEqual(Math.min(LIMITS.maxSelections + 1, selections));
        expect(!!refusal).toBe(selections > LIMITS.maxSelections);
      }),
      { numRuns: Number(process.env['FAST_CHECK_RUNS'] ?? 100) },
    );
  });
});
