// Codes of the platform itself (request screening, transport, database availability). Apollo's own
// codes pass through unchanged and are listed here too, so clients find every code in one enum.
import { defineErrors } from '@lovecando/shared-util';

export const platformErrors = defineErrors({
  INTERNAL_SERVER_ERROR: {
    en: 'Something failed on the server; its log has the details.',
    fr: 'Une erreur s’est produite sur le serveur ; son journal en garde le détail.',
  },
  GRAPHQL_PARSE_FAILED: {
    en: 'The GraphQL document is not valid syntax.',
    fr: 'Le document GraphQL n’a pas une syntaxe valide.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    en: 'The GraphQL document does not match the schema.',
    fr: 'Le document GraphQL ne correspond pas au schéma.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    en: 'The persisted query is not known: send it with its text.',
    fr: 'La requête persistée est inconnue : envoyez-la avec son texte.',
  },
  PERSISTED_QUERY_HASH_MISMATCH: {
    en: 'The persisted query hash is not the SHA-256 of the query sent with it.',
    fr: 'L’empreinte de la requête persistée n’est pas le SHA-256 de la requête envoyée.',
  },
  QUERY_TOO_DEEP: {
    en: 'The query nests selections too deeply.',
    fr: 'La requête imbrique trop profondément ses sélections.',
  },
  TOO_MANY_ALIASES: {
    en: 'The query uses too many aliases.',
    fr: 'La requête utilise trop d’alias.',
  },
  QUERY_TOO_COMPLEX: {
    en: 'The query would cost too much to answer.',
    fr: 'La requête coûterait trop cher à exécuter.',
  },
  TOO_MANY_DIRECTIVES: {
    en: 'The query uses too many directives.',
    fr: 'La requête utilise trop de directives.',
  },
  TOO_MANY_SELECTIONS: {
    en: 'The query selects too many fields.',
    fr: 'La requête sélectionne trop de champs.',
  },
  MALFORMED_JSON: {
    en: 'The request body is not valid JSON.',
    fr: 'Le corps de la requête n’est pas du JSON valide.',
  },
  PAYLOAD_TOO_LARGE: {
    en: 'The request body is larger than the server accepts.',
    fr: 'Le corps de la requête dépasse la taille acceptée.',
  },
  SERVICE_UNAVAILABLE: {
    en: 'The service is temporarily unavailable: try again in a moment.',
    fr: 'Le service est momentanément indisponible : réessayez dans un instant.',
  },
  TRANSACTION_CONFLICT: {
    en: 'Another change was made at the same time: simply try again.',
    fr: 'Une autre modification a eu lieu en même temps : réessayez simplement.',
  },
  SUBSCRIPTION_NEEDS_WEBSOCKET: {
    en: 'Subscriptions are served over WebSocket (graphql-ws) only.',
    fr: 'Les abonnements passent uniquement par WebSocket (graphql-ws).',
  },
});

export type PlatformErrorCode = keyof typeof platformErrors;

export const QueryLimitCode = {
  tooDeep: 'QUERY_TOO_DEEP',
  tooManyAliases: 'TOO_MANY_ALIASES',
  tooComplex: 'QUERY_TOO_COMPLEX',
  tooManyDirectives: 'TOO_MANY_DIRECTIVES',
  tooManySelections: 'TOO_MANY_SELECTIONS',
} as const satisfies Record<string, PlatformErrorCode>;
export type QueryLimitCode = (typeof QueryLimitCode)[keyof typeof QueryLimitCode];

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR' satisfies PlatformErrorCode;
export const MALFORMED_JSON = 'MALFORMED_JSON' satisfies PlatformErrorCode;
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE' satisfies PlatformErrorCode;
/** The database cannot be reached for now: the client may try again later. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE' satisfies PlatformErrorCode;
/** A concurrent change won every retry of this one: the client may simply try again. */
export const TRANSACTION_CONFLICT = 'TRANSACTION_CONFLICT' satisfies PlatformErrorCode;
/** Subscriptions are served over WebSocket (graphql-ws) only. */
export const SUBSCRIPTION_NEEDS_WEBSOCKET = 'SUBSCRIPTION_NEEDS_WEBSOCKET' satisfies PlatformErrorCode;
/** An automatic persisted query whose hash is not the SHA-256 of the query sent with it. */
export const PERSISTED_QUERY_HASH_MISMATCH = 'PERSISTED_QUERY_HASH_MISMATCH' satisfies PlatformErrorCode;
