// Golden sentences for single clauses, in both languages, read against the default taxonomy's labels.
import { type Lang } from '@lovecando/shared-util';
import { type Clause, type MemberControl } from '../clauses/clause.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import { permit, prohibit, RECIPIENTS } from '../testing/fixtures.js';
import { explainClause } from './clause.js';

const context = { taxonomy: defaultTaxonomy(), recipients: RECIPIENTS };
const say = (clause: Clause, lang: Lang) => explainClause(clause, context, lang);

const steps = permit({
  id: 'steps-research',
  dataCategories: ['health.activity.steps'],
  purposes: ['research.public-health'],
  memberControl: 'opt-in',
  duties: { retentionDays: 730, pseudonymise: true },
});

describe('explainClause', () => {
  it('tells the steps research permit', () => {
    expect(say(steps, 'en')).toBe(
      'Université X may use your step count for public health research, only if you opt in. ' +
        'Kept 2 years, pseudonymised.',
    );
    expect(say(steps, 'fr')).toBe(
      'Université X peut utiliser votre nombre de pas à des fins de recherche en santé publique, ' +
        'seulement si vous l’acceptez. Conservées 2 ans, pseudonymisées.',
    );
  });

  it('joins several categories, purposes, operations and services naturally', () => {
    const clause = permit({
      dataCategories: ['health.activity.steps', 'health.sleep', 'contact'],
      purposes: ['research.public-health', 'public-benefit'],
      operations: ['use', 'store', 'share'],
      recipients: ['uni-x', 'host'],
      duties: { retentionDays: 90 },
    });
    expect(say(clause, 'en')).toBe(
      'Université X and Hosting Co may use, keep and share your step count, your sleep and your contact details ' +
        'for public health research and public benefit, only with your explicit consent. Kept 3 months.',
    );
    expect(say(clause, 'fr')).toBe(
      'Université X et Hosting Co peuvent utiliser, conserver et partager votre nombre de pas, votre sommeil et ' +
        'vos coordonnées à des fins de recherche en santé publique et d’intérêt général, ' +
        'seulement avec votre consentement explicite. Conservées 3 mois.',
    );
  });

  it('puts the object before the complement of "combine", and words profiling and inference', () => {
    const clause = permit({ operations: ['combine', 'profile', 'infer'], dataCategories: ['health.sleep'] });
    expect(say(clause, 'en')).toMatch(
      /^Université X may build a profile from, infer things from and combine your sleep with other data for research,/,
    );
    expect(say(clause, 'fr')).toMatch(
      /^Université X peut établir un profil à partir de, déduire des informations de et croiser votre sommeil avec d’autres données à des fins de recherche,/,
    );
  });

  it('tells a prohibition with "may not", listing alternatives with "or"', () => {
    const clause = prohibit({
      dataCategories: ['health', 'location.precise'],
      purposes: ['marketing', 'commercial.sell-data'],
      operations: ['share'],
      recipients: ['adtech'],
      duties: { retentionDays: 30 },
    });
    expect(say(clause, 'en')).toBe(
      'AdTech SA may not share your health or your precise position (GPS) for marketing or selling data to third parties.',
    );
    expect(say(clause, 'fr')).toBe(
      'AdTech SA ne peut pas partager votre santé ou votre position précise (GPS) ' +
        'à des fins de marketing ou de vente de données à des tiers.',
    );
  });

  it('calls a floor a charter rule that binds everyone, and keeps acronyms', () => {
    const floor = prohibit({
      floor: true,
      dataCategories: ['genetic.dna'],
      purposes: ['marketing'],
      operations: 'all',
      recipients: 'all',
    });
    expect(say(floor, 'en')).toBe('Charter rule: no one may use your DNA sequence in any way for marketing.');
    expect(say(floor, 'fr')).toBe(
      'Règle de la charte\u00a0: personne ne peut utiliser votre séquence ADN de quelque manière que ce soit ' +
        'à des fins de marketing.',
    );
  });

  it('names every registered service when recipients is "all"', () => {
    const open = permit({
      recipients: 'all',
      dataCategories: ['contact.email'],
      purposes: ['service.provision'],
      legalBasis: 'contract',
      memberControl: 'none',
      duties: { retentionDays: 365, notifyMember: true },
    });
    expect(say(open, 'en')).toBe(
      'All registered services may use your email address for service provision, as part of the service. ' +
        'Kept 1 year. You are notified.',
    );
    expect(say(open, 'fr')).toBe(
      'Tous les services enregistrés peuvent utiliser votre adresse électronique à des fins de fourniture du service, ' +
        'dans le cadre du service. Conservées 1 an. Vous recevez une notification.',
    );
    const ban = prohibit({ recipients: 'all', dataCategories: ['health'], purposes: ['marketing'] });
    expect(say(ban, 'en')).toBe('No registered service may use your health for marketing.');
    expect(say(ban, 'fr')).toBe(
      'Aucun service enregistré ne peut utiliser votre santé à des fins de marketing.',
    );
  });

  it('gives the last day a sunset clause still applies (validUntil is exclusive)', () => {
    for (const validUntil of ['2027-01-01T00:00:00Z', '2026-12-31T23:59:59Z']) {
      const sunset = { ...steps, validUntil };
      expect(say(sunset, 'en')).toContain(
        'for public health research until 31 December 2026, only if you opt in.',
      );
      expect(say(sunset, 'fr')).toContain(
        'à des fins de recherche en santé publique jusqu’au 31 décembre 2026, seulement si vous l’acceptez.',
      );
    }
    const window = { ...steps, validFrom: '2026-03-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z' };
    expect(say(window, 'en')).toContain('research from 1 March 2026 until 31 December 2026,');
    expect(say(window, 'fr')).toContain('publique du 1er mars 2026 au 31 décembre 2026,');
    const start = { ...steps, validFrom: '2026-03-01T00:00:00Z' };
    expect(say(start, 'en')).toContain('research from 1 March 2026,');
    expect(say(start, 'fr')).toContain('publique à partir du 1er mars 2026,');
  });

  it('refuses to word a validity date that does not exist, rather than showing another day', () => {
    for (const bounds of [{ validUntil: '2026-02-30' }, { validFrom: '2026-06-01T12:00:00' }]) {
      expect(() => say({ ...steps, ...bounds }, 'en')).toThrow(
        expect.objectContaining({ code: 'BAD_DATE' }) as Error,
      );
    }
  });

  it.each<[MemberControl, string, string]>([
    ['none', 'as part of the service', 'dans le cadre du service'],
    ['opt-out', 'unless you object', 'sauf si vous vous y opposez'],
    ['opt-in', 'only if you opt in', 'seulement si vous l’acceptez'],
    ['explicit-opt-in', 'only with your explicit consent', 'seulement avec votre consentement explicite'],
  ])('words member control %s', (memberControl, en, fr) => {
    const clause = { ...steps, memberControl, duties: { retentionDays: 730 } };
    expect(say(clause, 'en')).toBe(
      `Université X may use your step count for public health research, ${en}. Kept 2 years.`,
    );
    expect(say(clause, 'fr')).toBe(
      `Université X peut utiliser votre nombre de pas à des fins de recherche en santé publique, ${fr}. Conservées 2 ans.`,
    );
  });

  it.each<[number, string, string]>([
    [730, 'Kept 2 years', 'Conservées 2 ans'],
    [365, 'Kept 1 year', 'Conservées 1 an'],
    [90, 'Kept 3 months', 'Conservées 3 mois'],
    [30, 'Kept 1 month', 'Conservées 1 mois'],
    [45, 'Kept 45 days', 'Conservées 45 jours'],
    [1, 'Kept 1 day', 'Conservées 1 jour'],
    [0, 'Not kept after use', 'Non conservées après usage'],
  ])('words a retention of %i days', (retentionDays, en, fr) => {
    const clause = { ...steps, duties: { retentionDays } };
    expect(say(clause, 'en')).toMatch(new RegExp(`opt in\\. ${en}\\.$`));
    expect(say(clause, 'fr')).toMatch(new RegExp(`acceptez\\. ${fr}\\.$`));
  });

  it('words every duty together', () => {
    const clause = {
      ...steps,
      duties: { retentionDays: 730, pseudonymise: true, minAggregationK: 10, notifyMember: true },
    };
    expect(say(clause, 'en')).toMatch(
      /opt in\. Kept 2 years, pseudonymised, only in groups of at least 10 members\. You are notified\.$/,
    );
    expect(say(clause, 'fr')).toMatch(
      /acceptez\. Conservées 2 ans, pseudonymisées, seulement par groupes d’au moins 10 membres\. Vous recevez une notification\.$/,
    );
  });

  it('shows unknown terms and services by their id rather than dropping them', () => {
    const clause = permit({ dataCategories: ['mystery'], purposes: ['research'], recipients: ['ghost'] });
    expect(say(clause, 'en')).toMatch(/^Ghost may use your mystery for research,/);
  });
});
