// Validates every GraphQL argument before a resolver runs: no string anywhere in it may hold a NUL
// character (PostgreSQL cannot store one in text) or a lone UTF-16 surrogate (not a character: it would
// be stored as U+FFFD without a word), and input objects meet their class-validator rules. A failure
// names the field as the client wrote it (input.email) and changes nothing.
import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { CodedError } from '@lovecando/shared-util';

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];

function firstProblem(
  errors: ValidationError[],
  prefix: string,
): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = `${prefix}.${error.property}`;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field, message };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

// With the u flag a surrogate pair is one code point: only a lone surrogate matches.
const LONE_SURROGATE = /\p{Cs}/u;

/** The path of the first string that is not well-formed text, or undefined. */
export function malformedTextAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') || LONE_SURROGATE.test(value) ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = malformedTextAt(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = malformedTextAt(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (metadata.type === 'custom') return value;
    const malformed = malformedTextAt(value, metadata.data ?? 'input');
    if (malformed) {
      throw new CodedError(
        'BAD_USER_INPUT',
        `${malformed} must be text without NUL characters or lone surrogates`,
        malformed,
      );
    }
    if (!metatype || PRIMITIVES.includes(metatype) || value === undefined || value === null) {
      return value;
    }
    const instance: object = plainToInstance(metatype as new () => object, value);
    const problem = firstProblem(
      await validate(instance, { forbidUnknownValues: false }),
      metadata.data ?? 'input',
    );
    if (problem) throw new CodedError('BAD_USER_INPUT', `${problem.field} ${problem.message}`, problem.field);
    return instance;
  }
}
