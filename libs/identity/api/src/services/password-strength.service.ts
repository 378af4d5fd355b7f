// Strength estimation with zxcvbn-ts and its common, English and French dictionaries: catches common and
// leaked passwords, keyboard patterns, dates and the member's own name or email.
import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import { passwordProblem, type PasswordProblem, type StrengthEstimate } from '@lovecando/identity-domain';
import { CodedError, type Language } from '@lovecando/shared-util';

// Building the dictionaries takes a moment; one estimator serves the whole process.
let estimator: ZxcvbnFactory | undefined;
const getEstimator = (): ZxcvbnFactory =>
  (estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
    translations: en.translations,
  }));

const MESSAGES: Record<Language, Record<PasswordProblem['code'], string>> = {
  en: {
    PASSWORD_TOO_SHORT: 'Use at least 12 characters; a few unrelated words make a good password.',
    PASSWORD_TOO_LONG: 'Use at most 128 characters.',
    PASSWORD_TOO_WEAK: 'This password is too easy to guess. Try a longer phrase of unrelated words.',
  },
  fr: {
    PASSWORD_TOO_SHORT:
      'Utilisez au moins 12 caractères ; quelques mots sans rapport font un bon mot de passe.',
    PASSWORD_TOO_LONG: 'Utilisez au plus 128 caractères.',
    PASSWORD_TOO_WEAK:
      'Ce mot de passe est trop facile à deviner. Essayez une phrase plus longue de mots sans rapport.',
  },
};

@Injectable()
export class PasswordStrength {
  estimate(password: string, userInputs: readonly string[]): StrengthEstimate {
    const result = getEstimator().check(password, [...userInputs]);
    return {
      score: result.score,
      warning: result.feedback.warning,
      suggestions: result.feedback.suggestions,
    };
  }

  /** Throws a coded error naming the field when the password is not acceptable. */
  assertAcceptable(password: string, userInputs: readonly string[], field: string, language: Language): void {
    const problem = passwordProblem(password, userInputs, (candidate, inputs) =>
      this.estimate(candidate, inputs),
    );
    if (!problem) return;
    const details =
      problem.code === 'PASSWORD_TOO_WEAK' && problem.warning ? { hint: problem.warning } : undefined;
    throw new CodedError(problem.code, MESSAGES[language][problem.code], field, details);
  }
}
