// The GraphQL face of the error catalogue: an `ErrorCode` enum (clients generate their types from it)
// and the public `errorCodes` list that says what each code means, in French and English.
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedTextModel } from '@lovecando/shared-server';
import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.js';

/** The enum object Nest needs: each code maps to itself. */
export const ErrorCodeEnum: Readonly<Record<string, string>> = Object.fromEntries(
  [...ERROR_CATALOGUE.keys()].map((code) => [code, code]),
);

registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description: 'Every value `extensions.code` of an error can take. `errorCodes` says what each one means.',
  valuesMap: Object.fromEntries(
    [...ERROR_CATALOGUE.values()].map(({ code, meaning }) => [code, { description: meaning.en }]),
  ),
});

@ObjectType({ description: 'An error code, the part of the platform it belongs to, and what it means.' })
export class ErrorCodeDescription {
  @Field(() => ErrorCodeEnum)
  code!: ErrorCode;

  @Field({ description: 'The scope that declares the code: common, platform, identity, terms, …' })
  scope!: string;

  @Field(() => LocalizedTextModel)
  meaning!: LocalizedTextModel;
}
