// Why a change set cannot be applied, as values with a stable code, the failing operation (0-based index)
// and article, and a message in both languages (operations are counted from 1 in messages, for people).
import { type LocalizedText } from '@lovecando/shared-util';
import { type TermsProblem } from '../document/problems.js';

export const APPLY_ERROR_CODES = [
  'BASE_MISMATCH',
  'ARTICLE_NOT_FOUND',
  'DUPLICATE_ARTICLE',
  'EMPTY_REPLACE',
  'MOVE_ONTO_ITSELF',
  'INVALID_RESULT',
] as const;
export type ApplyErrorCode = (typeof APPLY_ERROR_CODES)[number];

export type ApplyError =
  | {
      readonly code: 'BASE_MISMATCH';
      readonly operationIndex: null;
      readonly articleId: null;
      /** The hash of the version the change set was applied to. */
      readonly expected: string;
      /** The change set's base. */
      readonly actual: string;
      readonly message: LocalizedText;
    }
  | {
      readonly code: 'ARTICLE_NOT_FOUND';
      readonly operationIndex: number;
      readonly articleId: string;
      /** `target`: the article the operation changes; `anchor`: the one it places an article after. */
      readonly role: 'target' | 'anchor';
      readonly message: LocalizedText;
    }
  | {
      readonly code: 'DUPLICATE_ARTICLE' | 'EMPTY_REPLACE' | 'MOVE_ONTO_ITSELF';
      readonly operationIndex: number;
      readonly articleId: string;
      readonly message: LocalizedText;
    }
  | {
      readonly code: 'INVALID_RESULT';
      /** The last operation that wrote the first invalid article; null when the base itself was invalid. */
      readonly operationIndex: number | null;
      readonly articleId: string | null;
      readonly problems: readonly TermsProblem[];
      readonly message: LocalizedText;
    };

export function baseMismatch(expected: string, actual: string): ApplyError {
  return {
    code: 'BASE_MISMATCH',
    operationIndex: null,
    articleId: null,
    expected,
    actual,
    message: {
      fr: 'Cet amendement a été rédigé sur une autre version des conditions : mettez-le d’abord à jour sur celle-ci.',
      en: 'This amendment was written against another version of the terms: bring it up to date with this one first.',
    },
  };
}

export function articleNotFound(
  operationIndex: number,
  articleId: string,
  role: 'target' | 'anchor',
): ApplyError {
  const n = operationIndex + 1;
  const message =
    role === 'target'
      ? {
          fr: `Opération ${n} : l’article « ${articleId} » n’existe pas.`,
          en: `Operation ${n}: article "${articleId}" does not exist.`,
        }
      : {
          fr: `Opération ${n} : l’article « ${articleId} », après lequel l’article doit être placé, n’existe pas.`,
          en: `Operation ${n}: article "${articleId}", which the article should follow, does not exist.`,
        };
  return { code: 'ARTICLE_NOT_FOUND', operationIndex, articleId, role, message };
}

export function duplicateArticle(operationIndex: number, articleId: string): ApplyError {
  const n = operationIndex + 1;
  return {
    code: 'DUPLICATE_ARTICLE',
    operationIndex,
    articleId,
    message: {
      fr: `Opération ${n} : un article « ${articleId} » existe déjà.`,
      en: `Operation ${n}: an article "${articleId}" already exists.`,
    },
  };
}

export function emptyReplace(operationIndex: number, articleId: string): ApplyError {
  const n = operationIndex + 1;
  return {
    code: 'EMPTY_REPLACE',
    operationIndex,
    articleId,
    message: {
      fr: `Opération ${n} : le remplacement de l’article « ${articleId} » ne touche aucun champ.`,
      en: `Operation ${n}: the replacement of article "${articleId}" sets no field.`,
    },
  };
}

export function moveOntoItself(operationIndex: number, articleId: string): ApplyError {
  const n = operationIndex + 1;
  return {
    code: 'MOVE_ONTO_ITSELF',
    operationIndex,
    articleId,
    message: {
      fr: `Opération ${n} : l’article « ${articleId} » ne peut pas être déplacé après lui-même.`,
      en: `Operation ${n}: article "${articleId}" cannot be moved after itself.`,
    },
  };
}

export function invalidResult(operationIndex: number | null, problems: readonly TermsProblem[]): ApplyError {
  const first = problems[0];
  const count = problems.length;
  return {
    code: 'INVALID_RESULT',
    operationIndex,
    articleId: first?.articleId ?? null,
    problems,
    message: {
      fr: `Le texte amendé ne serait pas valide (${count} problème${count > 1 ? 's' : ''}). ${first?.message.fr ?? ''}`.trim(),
      en: `The amended text would not be valid (${count} problem${count > 1 ? 's' : ''}). ${first?.message.en ?? ''}`.trim(),
    },
  };
}
