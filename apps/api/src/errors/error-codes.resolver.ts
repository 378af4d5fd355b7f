// Public: integrators and the web client can list every error code with its meaning.
import { Public } from '@lovecando/identity-access';
import { Query, Resolver } from '@nestjs/graphql';
import { ERROR_CATALOGUE } from './error-catalogue.js';
import { ErrorCodeDescription } from './error-code.model.js';

@Resolver()
export class ErrorCodesResolver {
  @Public()
  @Query(() => [ErrorCodeDescription], {
    description: 'Every error code the API can answer with, and what it means.',
  })
  errorCodes(): ErrorCodeDescription[] {
    return [...ERROR_CATALOGUE.values()];
  }
}
