// The terms of use are public: anyone, signed in or not, can read every version.
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@lovecando/identity-access';
import { TermsVersion } from '../models/terms.model.js';
import { TermsStore } from '../services/terms-store.service.js';

@Resolver(() => TermsVersion)
export class TermsResolver {
  constructor(private readonly store: TermsStore) {}

  @Public()
  @Query(() => TermsVersion, {
    nullable: true,
    description: 'The terms of use in force, or the version with this ordinal; null when there is none.',
  })
  termsOfUse(
    @Args('ordinal', { type: () => Int, nullable: true }) ordinal: number | undefined,
  ): Promise<TermsVersion | null> {
    return this.store.find(ordinal ?? undefined);
  }
}
