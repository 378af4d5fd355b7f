import { CodedError, fieldPath, refusalError } from './coded-error.js';
import { commonErrors, type CommonErrorCode } from './common.errors.js';
import { codesOf } from './error-catalogue.js';

describe('refusalError, the one mapper from a domain refusal to the API error', () => {
  const message = { fr: 'Une date n’est pas valide.', en: 'A date is not valid.' };

  it('keeps the code, puts the path under the input prefix and carries both languages', () => {
    const error = refusalError(
      { code: 'BAD_DATE', path: 'choices.0.until', message },
      { fieldPrefix: 'input', language: 'fr' },
    );
    expect(error).toBeInstanceOf(CodedError);
    expect(error.code).toBe('BAD_DATE');
    expect(error.field).toBe('input.choices.0.until');
    expect(error.message).toBe(message.fr);
    expect(error.localizedMessage).toEqual(message);
  });

  it('speaks English by default and names the whole input when the path is empty', () => {
    const error = refusalError({ code: 'BAD_DATE', path: '', message }, { fieldPrefix: 'input.password' });
    expect(error.message).toBe(message.en);
    expect(error.field).toBe('input.password');
    expect(error.details).toBeUndefined();
  });

  it('names no field when there is neither a prefix nor a path', () => {
    expect(fieldPath(undefined, '')).toBeUndefined();
    expect(fieldPath(undefined, 'time')).toBe('time');
  });

  it('refuses, at compile time, a code outside the scope union', () => {
    // @ts-expect-error a misspelt code is not a CommonErrorCode
    const misspelt: CodedError<CommonErrorCode> = new CodedError<CommonErrorCode>('BAD_USER_IMPUT', 'x');
    expect(misspelt.code).toBe('BAD_USER_IMPUT');
  });
});

describe('the common error catalogue', () => {
  it('says what every code means in French and in English', () => {
    for (const code of codesOf(commonErrors)) {
      expect(commonErrors[code].fr.trim()).not.toBe('');
      expect(commonErrors[code].en.trim()).not.toBe('');
      expect(commonErrors[code].fr).not.toBe(commonErrors[code].en);
    }
  });
});
