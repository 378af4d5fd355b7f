// The shape of the ODRL 2.2 JSON-LD produced for a snapshot, in the compact form of the ODRL context
// (http://www.w3.org/ns/odrl.jsonld). Rules list several targets, actions and assignees at once: the ODRL
// information model (§ 2.7.1, compact policies) reads each as the set of atomic rules it stands for.

export interface OdrlIdRef {
  readonly '@id': string;
}

export interface OdrlTypedValue {
  readonly '@value': string;
  readonly '@type': string;
}

export type OdrlOperator = 'eq' | 'gteq' | 'lt' | 'lteq' | 'isAnyOf';

export interface OdrlConstraint {
  readonly leftOperand: string;
  readonly operator: OdrlOperator;
  /**
   * The ODRL context leaves rightOperand untyped, so IRIs are written as `{ "@id": … }` (else they would be
   * plain strings) and dates and durations carry their XSD type.
   */
  readonly rightOperand: string | number | OdrlTypedValue | readonly OdrlIdRef[];
}

export interface OdrlDuty {
  readonly action: string;
  readonly constraint?: readonly OdrlConstraint[];
  readonly informedParty?: string;
  /** The DPV technical measure behind an `anonymize` duty (see vocabulary.ts). */
  readonly 'lcd:technique'?: OdrlIdRef;
}

export interface OdrlRule {
  readonly uid: string;
  readonly target: readonly string[];
  readonly action: readonly string[];
  /** Absent when the clause names every registered service. */
  readonly assignee?: readonly string[];
  /** All constraints of a rule must hold (ODRL: a conjunction). */
  readonly constraint?: readonly OdrlConstraint[];
  /** Permissions only. */
  readonly duty?: readonly OdrlDuty[];
  readonly 'lcd:legalBasis': OdrlIdRef;
  /** Services compare it with the notice version a member consented to. */
  readonly 'lcd:materialVersion': number;
  /** Present (true) on charter rules. */
  readonly 'lcd:charterRule'?: true;
}

export type OdrlContext = readonly [string, Readonly<Record<string, string>>];

export interface OdrlPolicy {
  readonly '@context': OdrlContext;
  readonly '@type': 'Set';
  readonly uid: string;
  readonly profile: string;
  readonly conflict: 'prohibit';
  readonly 'lcd:revision': number;
  readonly 'lcd:legalVersion': number;
  readonly 'lcd:taxonomyVersion': string;
  readonly permission: readonly OdrlRule[];
  readonly prohibition: readonly OdrlRule[];
}
