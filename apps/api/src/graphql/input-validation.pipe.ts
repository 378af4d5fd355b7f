// Validates every GraphQL input object against its class-validator rules before a resolver runs. A
// failure names the field as the client wrote it (input.email) and changes nothing.
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

@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (
      metadata.type === 'custom' ||
      !metatype ||
      PRIMITIVES.includes(metatype) ||
      value === undefined ||
      value === null
    ) {
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
