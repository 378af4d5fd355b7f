// One clause in one or two plain sentences, for members who never read a policy file:
// "Université X may use your step count for public health research, only if you opt in. Kept 2 years."
import { type Lang } from '@lovecando/shared-util';
import { type Clause, type MemberControl } from '../clauses/clause.js';
import { type ExplainContext, recipientName } from './context.js';
import { explainDuties } from './duties.js';
import { actionPhrase, dataPhrase, purposePhrase, validityPhrase } from './phrases.js';
import { joinList, NBSP, upperFirst } from './wording.js';

const CONTROL: Record<Lang, Record<MemberControl, string>> = {
  en: {
    none: 'as part of the service',
    'opt-out': 'unless you object',
    'opt-in': 'only if you opt in',
    'explicit-opt-in': 'only with your explicit consent',
  },
  fr: {
    none: 'dans le cadre du service',
    'opt-out': 'sauf si vous vous y opposez',
    'opt-in': 'seulement si vous l’acceptez',
    'explicit-opt-in': 'seulement avec votre consentement explicite',
  },
};

const CHARTER: Record<Lang, string> = { en: 'Charter rule: ', fr: `Règle de la charte${NBSP}: ` };

/** Who, and the modal verb: "Université X may", "no registered service may", « personne ne peut ». */
function subject(clause: Clause, context: ExplainContext, lang: Lang): string {
  const permit = clause.effect === 'permit';
  if (clause.recipients === 'all') {
    if (permit)
      return lang === 'fr' ? 'tous les services enregistrés peuvent' : 'all registered services may';
    // A charter rule binds everyone, registered or not; an ordinary prohibition speaks of the services.
    if (clause.floor) return lang === 'fr' ? 'personne ne peut' : 'no one may';
    return lang === 'fr' ? 'aucun service enregistré ne peut' : 'no registered service may';
  }
  const names = joinList(
    clause.recipients.map((id) => recipientName(context.recipients, id)),
    lang,
  );
  if (lang === 'en') return `${names} ${permit ? 'may' : 'may not'}`;
  const verb = clause.recipients.length > 1 ? 'peuvent' : 'peut';
  return permit ? `${names} ${verb}` : `${names} ne ${verb} pas`;
}

/**
 * Member control and duties only describe permits: a prohibition is never lifted by a member's choice,
 * and its duties are never exercised.
 */
export function explainClause(clause: Clause, context: ExplainContext, lang: Lang): string {
  const { taxonomy } = context;
  const permit = clause.effect === 'permit';
  const joiner = permit ? 'and' : 'or';
  const data = dataPhrase(clause.dataCategories, taxonomy, lang, joiner);
  const rule =
    `${subject(clause, context, lang)} ${actionPhrase(clause.operations, data, taxonomy, lang, joiner)}` +
    purposePhrase(clause.purposes, taxonomy, lang, joiner) +
    validityPhrase(clause.validFrom, clause.validUntil, lang) +
    (permit ? `, ${CONTROL[lang][clause.memberControl]}` : '');
  // After "Charter rule:" the sentence goes on in lowercase, as after any colon.
  const first = clause.floor ? `${CHARTER[lang]}${rule}.` : `${upperFirst(rule)}.`;
  const duties = permit ? explainDuties(clause.duties, lang) : '';
  return duties === '' ? first : `${first} ${duties}`;
}
