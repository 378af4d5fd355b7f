// Strength estimation with zxcvbn-ts and its common, English and French dictionaries: catches common and
// leaked passwords, keyboard patterns, dates and the member's own name or email.
import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import { passwordProblem, type PasswordProblem, type StrengthEstimate } from '@lovecando/identity-domain';
import { type Language, type LocalizedText, refusalError } from '@lovecando/shared-util';

// Building the dictionaries takes a moment; one estimator serves the whole process.
let estimator: ZxcvbnFactory | undefined;
const getEstimator = (): ZxcvbnFactory =>
  (estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
    translations: en.translations,
  }));

/** What each refusal says, in every language (the request's language is the message; both travel along). */
const MESSAGES: Readonly<Record<PasswordProblem['code'], LocalizedText>> = {
  PASSWORD_TOO_SHORT: {
    en: 'Use at least 12 characters; a few unrelated words make a good password.',
    fr: 'Utilisez au moins 12 caractères ; quelques mots sans rapport font un bon mot de passe.',
  },
  PASSWORD_TOO_LONG: { en: 'Use at most 128 characters.', fr: 'Utilisez au plus 128 caractères.' },
  PASSWORD_TOO_WEAK: {
    en: 'This password is too easy to guess. Try a longer phrase of unrelated words.',
    fr: 'Ce mot de passe est trop facile à deviner. Essayez une phrase plus longue de mots sans rapport.',
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
    throw refusalError(
      { code: problem.code, path: '', message: MESSAGES[problem.code] },
      { fieldPrefix: field, language, ...(details ? { details } : {}) },
    );
  }
}
