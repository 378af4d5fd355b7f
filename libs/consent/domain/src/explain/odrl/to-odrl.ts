// A snapshot as an ODRL 2.2 policy (JSON-LD), for services and tools that read ODRL rather than our own
// format. One rule per clause; prohibitions win on conflict, as in the decision engine. Pure and
// deterministic: the same snapshot always gives a deep-equal object (clauses in the snapshot's canonical
// order, terms in clause order, no clock, no randomness).
import { type Clause } from '../../clauses/clause.js';
import { type Snapshot } from '../../policy/compile.js';
import { assertSameTaxonomy, type ExplainTaxonomy } from '../context.js';
import { type OdrlConstraint, type OdrlDuty, type OdrlPolicy, type OdrlRule } from './types.js';
import {
  clauseUid,
  DATA_SUBJECT,
  LCD_PROFILE,
  lcdTerm,
  LEGAL_BASIS_IRIS,
  ODRL_CONTEXT,
  odrlAction,
  PSEUDONYMISATION,
  recipientUid,
  snapshotUid,
} from './vocabulary.js';

export interface OdrlExportContext {
  readonly taxonomy: ExplainTaxonomy;
}

/** DPV IRIs where the taxonomy has one, lcd: terms otherwise; duplicates dropped, first occurrence kept. */
function iris(kind: 'category' | 'purpose', ids: readonly string[], taxonomy: ExplainTaxonomy): string[] {
  const all = ids.map((id) => taxonomy.node(kind, id)?.dpv ?? lcdTerm(kind, id));
  return [...new Set(all)];
}

const dateTime = (value: string) => ({ '@value': value, '@type': 'xsd:dateTime' });

function constraints(clause: Clause, taxonomy: ExplainTaxonomy): OdrlConstraint[] {
  const list: OdrlConstraint[] = [
    {
      leftOperand: 'purpose',
      operator: 'isAnyOf',
      rightOperand: iris('purpose', clause.purposes, taxonomy).map((iri) => ({ '@id': iri })),
    },
  ];
  // Same bounds as the decider: validFrom inclusive, validUntil exclusive.
  if (clause.validFrom !== undefined)
    list.push({ leftOperand: 'dateTime', operator: 'gteq', rightOperand: dateTime(clause.validFrom) });
  if (clause.validUntil !== undefined)
    list.push({ leftOperand: 'dateTime', operator: 'lt', rightOperand: dateTime(clause.validUntil) });
  // A member's choice can only restrict a permit, never lift a prohibition.
  if (clause.effect === 'permit')
    list.push({ leftOperand: 'lcd:memberControl', operator: 'eq', rightOperand: clause.memberControl });
  return list;
}

function duties({ duties }: Clause): OdrlDuty[] {
  const list: OdrlDuty[] = [];
  if (duties.retentionDays !== undefined)
    list.push({
      action: 'delete',
      constraint: [
        {
          leftOperand: 'elapsedTime',
          operator: 'lteq',
          rightOperand: { '@value': `P${duties.retentionDays}D`, '@type': 'xsd:duration' },
        },
      ],
    });
  if (duties.pseudonymise === true)
    list.push({ action: 'anonymize', 'lcd:technique': { '@id': PSEUDONYMISATION } });
  if (duties.minAggregationK !== undefined)
    // ODRL has no left operand for a group size; the profile reads count on an aggregate duty as the
    // minimum number of members behind each released result.
    list.push({
      action: 'aggregate',
      constraint: [{ leftOperand: 'count', operator: 'gteq', rightOperand: duties.minAggregationK }],
    });
  if (duties.notifyMember === true) list.push({ action: 'inform', informedParty: DATA_SUBJECT });
  return list;
}

function rule(clause: Clause, taxonomy: ExplainTaxonomy): OdrlRule {
  const permit = clause.effect === 'permit';
  const ruleDuties = permit ? duties(clause) : [];
  return {
    uid: clauseUid(clause.id),
    target: iris('category', clause.dataCategories, taxonomy),
    action: clause.operations === 'all' ? ['use'] : [...new Set(clause.operations.map(odrlAction))],
    ...(clause.recipients === 'all' ? {} : { assignee: clause.recipients.map(recipientUid) }),
    constraint: constraints(clause, taxonomy),
    ...(ruleDuties.length > 0 ? { duty: ruleDuties } : {}),
    'lcd:legalBasis': { '@id': LEGAL_BASIS_IRIS[clause.legalBasis] },
    'lcd:materialVersion': clause.materialVersion,
    ...(clause.floor ? { 'lcd:charterRule': true as const } : {}),
  };
}

/** Throws when `context.taxonomy` is not the version the snapshot was compiled against. */
export function toOdrl(snapshot: Snapshot, context: OdrlExportContext): OdrlPolicy {
  const { content } = snapshot;
  assertSameTaxonomy(content, context.taxonomy);
  const rules = (effect: Clause['effect']) =>
    content.clauses
      .filter((clause) => clause.effect === effect)
      .map((clause) => rule(clause, context.taxonomy));
  return {
    '@context': ODRL_CONTEXT,
    '@type': 'Set',
    uid: snapshotUid(content.revision, snapshot.hash),
    profile: LCD_PROFILE,
    conflict: 'prohibit',
    'lcd:revision': content.revision,
    'lcd:legalVersion': content.legalVersion,
    'lcd:taxonomyVersion': content.taxonomyVersion,
    permission: rules('permit'),
    prohibition: rules('prohibit'),
  };
}
