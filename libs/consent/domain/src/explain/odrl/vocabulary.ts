// The vocabulary of the ODRL export: namespaces, identifiers, and how the platform's terms map onto ODRL
// actions and DPV concepts. Kept apart from the exporter so the mapping can be reviewed on its own.
import { type LegalBasis } from '../../clauses/clause.js';
import { type OdrlContext } from './types.js';

export const DPV = 'https://w3id.org/dpv#';
export const LCD = 'https://lovecando.org/ns#';

export const ODRL_CONTEXT: OdrlContext = [
  'http://www.w3.org/ns/odrl.jsonld',
  { dpv: DPV, pd: 'https://w3id.org/dpv/pd#', lcd: LCD },
];

/** The LoveCanDo ODRL profile: it defines the lcd: actions, left operands and properties used below. */
export const LCD_PROFILE = 'https://lovecando.org/ns/odrl-profile';

export const snapshotUid = (revision: number, hash: string) => `urn:lovecando:snapshot:${revision}:${hash}`;
export const clauseUid = (id: string) => `urn:lovecando:clause:${id}`;
export const recipientUid = (id: string) => `urn:lovecando:recipient:${id}`;

/** A taxonomy term with no DPV equivalent gets a LoveCanDo IRI, e.g. lcd:category/health.activity.steps. */
export const lcdTerm = (kind: 'category' | 'purpose', id: string) => `${LCD}${kind}/${id}`;

/**
 * Operations → ODRL actions. ODRL's common vocabulary is used where its definition fits, a profile term
 * otherwise (each lcd: action is declared in the profile as included in odrl:use):
 *   use     → use          the generic action
 *   store   → archive      ODRL: "to store the Asset (in a non-transient form)"
 *   share   → distribute   ODRL: "to supply the Asset to third-parties"
 *   combine → lcd:combine  not odrl:aggregate, which is taken by the k-aggregation duty and means
 *                          releasing results as a composite, not linking records with other data
 *   profile → lcd:profile  no ODRL action for profiling (DPV: dpv:Profiling)
 *   infer   → derive       ODRL: "to create a new derivative Asset from this Asset"
 * `operations: 'all'` → use: every action above is included in odrl:use. Unknown ids → lcd:<id>.
 */
const ACTIONS: Readonly<Record<string, string>> = {
  use: 'use',
  store: 'archive',
  share: 'distribute',
  combine: 'lcd:combine',
  profile: 'lcd:profile',
  infer: 'derive',
};

export const odrlAction = (operation: string): string => ACTIONS[operation] ?? `lcd:${operation}`;

/** Legal bases → their DPV concepts. */
export const LEGAL_BASIS_IRIS: Record<LegalBasis, string> = {
  consent: `${DPV}Consent`,
  contract: `${DPV}Contract`,
  'legal-obligation': `${DPV}LegalObligation`,
  'vital-interest': `${DPV}VitalInterest`,
  'public-task': `${DPV}PublicTask`,
  'legitimate-interest': `${DPV}LegitimateInterest`,
};

/**
 * ODRL has no "pseudonymise": its nearest action is anonymize, so the duty says anonymize and names
 * dpv:Pseudonymisation as the technique. Pseudonymised data is still personal data (GDPR recital 26); the
 * technique keeps a reader from taking the duty for true anonymisation.
 */
export const PSEUDONYMISATION = `${DPV}Pseudonymisation`;

/** The party an inform duty addresses: the member the data is about. */
export const DATA_SUBJECT = `${DPV}DataSubject`;
