// A decision told to the member it concerns: "who asked to use my data, for what, and the answer"
// (docs/domain/consent.md#plain-language-explanations). Every reason of the decision engine has its own
// wording in both languages, and an allowed use reminds the member of the right they keep (to object, to
// withdraw consent).
import { isInstant, type Lang } from '@lovecando/shared-util';
import { type Decision, type DecisionRequest, type Reason } from '../policy/decision.js';
import { type ExplainContext, recipientName } from './context.js';
import { formatDay } from './dates.js';
import { explainDuties } from './duties.js';
import { actionPhrase, dataPhrase, purposePhrase } from './phrases.js';
import { joinList, NBSP, upperFirst } from './wording.js';

interface ReasonText {
  /** Completes "allowed, because …" / « autorisé, car … ». */
  readonly because: string;
  /** An optional sentence after the answer: what the member can do about it. */
  readonly next?: string;
}

const REASONS: Record<Lang, Record<Reason, ReasonText>> = {
  en: {
    UNKNOWN_TERM: { because: 'the request names something the rules do not know (refused by default)' },
    INVALID_TIME: { because: 'the request does not say when it was made (refused by default)' },
    PROHIBITED: { because: 'the foundation’s rules forbid it' },
    NOT_PERMITTED: { because: 'no rule allows it, and anything not allowed is refused' },
    MEMBER_OBJECTED: { because: 'you objected' },
    NO_CONSENT: { because: 'you have not given your consent' },
    RECONSENT_NEEDED: {
      because: 'the rule has changed since you consented',
      next: 'You can consent again if you agree with the new wording.',
    },
    PERMITTED: { because: 'the foundation’s rules allow it as part of the service' },
    NOT_OBJECTED: { because: 'you have not objected', next: 'You can object at any time.' },
    CONSENTED: { because: 'you consented', next: 'You can withdraw your consent at any time.' },
  },
  fr: {
    UNKNOWN_TERM: {
      because: 'la demande mentionne un terme que les règles ne connaissent pas (refus par défaut)',
    },
    INVALID_TIME: { because: 'la demande ne dit pas quand elle a été faite (refus par défaut)' },
    PROHIBITED: { because: 'les règles de la fondation l’interdisent' },
    NOT_PERMITTED: { because: 'aucune règle ne l’autorise, et ce qui n’est pas autorisé est refusé' },
    MEMBER_OBJECTED: { because: 'vous avez fait opposition' },
    NO_CONSENT: { because: 'vous n’avez pas donné votre consentement' },
    RECONSENT_NEEDED: {
      because: 'la règle a changé depuis votre consentement',
      next: 'Vous pouvez consentir à nouveau si vous acceptez la nouvelle formulation.',
    },
    PERMITTED: { because: 'les règles de la fondation l’autorisent dans le cadre du service' },
    NOT_OBJECTED: {
      because: 'vous n’avez pas fait opposition',
      next: 'Vous pouvez vous y opposer à tout moment.',
    },
    CONSENTED: {
      because: 'vous avez donné votre consentement',
      next: 'Vous pouvez retirer votre consentement à tout moment.',
    },
  },
};

const WORDS = {
  en: { asked: 'asked to', on: 'on', colon: ':', allowed: 'allowed', refused: 'refused', because: 'because' },
  fr: {
    asked: 'a demandé à',
    on: 'le',
    colon: `${NBSP}:`,
    allowed: 'autorisé',
    refused: 'refusé',
    because: 'car',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** " (rule a)" / « (règles a et b) »; nothing when no clause decided (unknown term, nothing permitted). */
function ruleReference(ids: readonly string[], lang: Lang): string {
  if (ids.length === 0) return '';
  const noun = lang === 'fr' ? 'règle' : 'rule';
  return ` (${noun}${ids.length > 1 ? 's' : ''} ${joinList(ids, lang)})`;
}

/**
 * "Université X asked to use your step count for public health research on 1 June 2026: allowed, because
 * you consented (rule steps-research). Kept 2 years. You can withdraw your consent at any time."
 */
export function explainDecision(
  decision: Decision,
  request: DecisionRequest,
  context: ExplainContext,
  lang: Lang,
): string {
  const { taxonomy } = context;
  const words = WORDS[lang];
  const reason = REASONS[lang][decision.reason];
  const action = actionPhrase(
    [request.operation],
    dataPhrase([request.category], taxonomy, lang),
    taxonomy,
    lang,
  );
  // A request refused for its time has no day to show.
  const day = isInstant(request.time) ? ` ${words.on} ${formatDay(request.time, lang)}` : '';
  const question =
    `${recipientName(context.recipients, request.recipient)} ${words.asked} ${action}` +
    `${purposePhrase([request.purpose], taxonomy, lang)}${day}`;
  const answer =
    `${decision.allowed ? words.allowed : words.refused}, ${words.because} ${reason.because}` +
    ruleReference(
      decision.determiningClauses.map((clause) => clause.id),
      lang,
    );
  const sentences = [`${upperFirst(question)}${words.colon} ${answer}.`];
  // Duties bind the service only when it may go ahead.
  if (decision.allowed) sentences.push(explainDuties(decision.duties, lang));
  if (reason.next !== undefined) sentences.push(reason.next);
  return sentences.filter((sentence) => sentence !== '').join(' ');
}
