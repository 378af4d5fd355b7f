// "Who asked to use my data, for what, and the answer": one golden text per reason, in both languages.
import { compile } from '../policy/compile.js';
import { Decider } from '../policy/decider.js';
import { type Decision, type DecisionRequest, type Reason } from '../policy/decision.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import { at, permit, RECIPIENTS } from '../testing/fixtures.js';
import { explainDecision } from './decision.js';

const context = { taxonomy: defaultTaxonomy(), recipients: RECIPIENTS };
const request: DecisionRequest = {
  member: 'ada',
  category: 'health.activity.steps',
  purpose: 'research.public-health',
  operation: 'use',
  recipient: 'uni-x',
  time: at('2026-06-01T12:00:00Z'),
};

const decision = (reason: Reason, allowed: boolean, ids: string[] = ['steps-research']): Decision => ({
  allowed,
  reason,
  determiningClauses: ids.map((id) => ({ id, provenance: {} })),
  duties: allowed ? { retentionDays: 730 } : {},
  revision: 3,
  decisionId: 'd-1',
});

const EN = 'Université X asked to use your step count for public health research on 1 June 2026: ';
const FR =
  'Université X a demandé à utiliser votre nombre de pas à des fins de recherche en santé publique ' +
  'le 1er juin 2026\u00a0: ';

describe('explainDecision', () => {
  it.each<[Reason, boolean, string[], string, string]>([
    [
      'UNKNOWN_TERM',
      false,
      [],
      'refused, because the request names something the rules do not know (refused by default).',
      'refusé, car la demande mentionne un terme que les règles ne connaissent pas (refus par défaut).',
    ],
    [
      'PROHIBITED',
      false,
      ['no-ads', 'no-sale'],
      'refused, because the foundation’s rules forbid it (rules no-ads and no-sale).',
      'refusé, car les règles de la fondation l’interdisent (règles no-ads et no-sale).',
    ],
    [
      'NOT_PERMITTED',
      false,
      [],
      'refused, because no rule allows it, and anything not allowed is refused.',
      'refusé, car aucune règle ne l’autorise, et ce qui n’est pas autorisé est refusé.',
    ],
    [
      'MEMBER_OBJECTED',
      false,
      ['steps-research'],
      'refused, because you objected (rule steps-research).',
      'refusé, car vous avez fait opposition (règle steps-research).',
    ],
    [
      'NO_CONSENT',
      false,
      ['steps-research'],
      'refused, because you have not given your consent (rule steps-research).',
      'refusé, car vous n’avez pas donné votre consentement (règle steps-research).',
    ],
    [
      'RECONSENT_NEEDED',
      false,
      ['steps-research'],
      'refused, because the rule has changed since you consented (rule steps-research). ' +
        'You can consent again if you agree with the new wording.',
      'refusé, car la règle a changé depuis votre consentement (règle steps-research). ' +
        'Vous pouvez consentir à nouveau si vous acceptez la nouvelle formulation.',
    ],
    [
      'PERMITTED',
      true,
      ['steps-research'],
      'allowed, because the foundation’s rules allow it as part of the service (rule steps-research). Kept 2 years.',
      'autorisé, car les règles de la fondation l’autorisent dans le cadre du service (règle steps-research). ' +
        'Conservées 2 ans.',
    ],
    [
      'NOT_OBJECTED',
      true,
      ['steps-research'],
      'allowed, because you have not objected (rule steps-research). Kept 2 years. You can object at any time.',
      'autorisé, car vous n’avez pas fait opposition (règle steps-research). Conservées 2 ans. ' +
        'Vous pouvez vous y opposer à tout moment.',
    ],
    [
      'CONSENTED',
      true,
      ['steps-research'],
      'allowed, because you consented (rule steps-research). Kept 2 years. ' +
        'You can withdraw your consent at any time.',
      'autorisé, car vous avez donné votre consentement (règle steps-research). Conservées 2 ans. ' +
        'Vous pouvez retirer votre consentement à tout moment.',
    ],
  ])('%s', (reason, allowed, ids, en, fr) => {
    const answer = decision(reason, allowed, ids);
    expect(explainDecision(answer, request, context, 'en')).toBe(EN + en);
    expect(explainDecision(answer, request, context, 'fr')).toBe(FR + fr);
  });

  it('explains what the decider actually answered, with the duties it carries', () => {
    const clause = permit({
      id: 'steps-research',
      dataCategories: ['health.activity'],
      purposes: ['research'],
      duties: { retentionDays: 730, pseudonymise: true },
    });
    const { policy } = compile({ taxonomy: defaultTaxonomy(), recipients: RECIPIENTS, clauses: [clause] });
    const choices = [
      {
        scope: { category: 'health' },
        state: 'allow' as const,
        notices: { 'steps-research': 1 },
        explicit: true,
        method: 'web-form',
        givenAt: '2026-01-01T00:00:00Z',
      },
    ];
    const answer = new Decider(policy, [{ memberId: 'ada', choices }]).decide(request);
    expect(explainDecision(answer, request, context, 'en')).toBe(
      `${EN}allowed, because you consented (rule steps-research). Kept 2 years, pseudonymised. ` +
        'You can withdraw your consent at any time.',
    );
  });

  it('explains a request refused for its time without showing a day', () => {
    const undated = { ...request, time: Number.NaN };
    const answer = new Decider(
      compile({ taxonomy: defaultTaxonomy(), recipients: RECIPIENTS, clauses: [] }).policy,
    ).decide(undated);
    expect(explainDecision(answer, undated, context, 'en')).toBe(
      'Université X asked to use your step count for public health research: ' +
        'refused, because the request does not say when it was made (refused by default).',
    );
    expect(explainDecision(answer, undated, context, 'fr')).toBe(
      'Université X a demandé à utiliser votre nombre de pas à des fins de recherche en santé publique\u00a0: ' +
        'refusé, car la demande ne dit pas quand elle a été faite (refus par défaut).',
    );
  });

  it('shows an unknown term as asked, by its id', () => {
    const odd = { ...request, category: 'mind-reading', operation: 'share', recipient: 'adtech' };
    expect(explainDecision(decision('UNKNOWN_TERM', false, []), odd, context, 'en')).toBe(
      'AdTech SA asked to share your mind-reading for public health research on 1 June 2026: ' +
        'refused, because the request names something the rules do not know (refused by default).',
    );
  });
});
