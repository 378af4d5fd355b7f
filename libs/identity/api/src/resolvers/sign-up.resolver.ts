// Signing up and confirming the email address. Maps the GraphQL arguments to the use cases' commands,
// nothing more.
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '@lovecando/identity-access';
import { type GraphqlContext } from '@lovecando/identity-access';
import { SignUpInput } from '../inputs/account.inputs.js';
import { RequestVerificationEmail } from '../use-cases/request-verification-email.js';
import { SignUp } from '../use-cases/sign-up.js';
import { VerifyEmail } from '../use-cases/verify-email.js';
import { client } from './request-context.js';

@Resolver()
export class SignUpResolver {
  constructor(
    private readonly signUpUseCase: SignUp,
    private readonly verifyEmailUseCase: VerifyEmail,
    private readonly requestVerification: RequestVerificationEmail,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Creates a PENDING account and emails a confirmation link. Answers true whether or not the address was already registered.',
  })
  async signUp(@Args('input') input: SignUpInput, @Context() context: GraphqlContext): Promise<boolean> {
    await this.signUpUseCase.execute({
      email: input.email,
      displayName: input.displayName,
      password: input.password,
      locale: input.locale,
      address: client(context).address,
    });
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a new confirmation link if the address belongs to an account still waiting for it. Always answers true.',
  })
  async requestVerificationEmail(
    @Args('email') email: string,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    await this.requestVerification.execute({ email, address: client(context).address });
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Confirms the email address with the emailed token; the account becomes ACTIVE.',
  })
  async verifyEmail(@Args('token') token: string): Promise<boolean> {
    await this.verifyEmailUseCase.execute({ token });
    return true;
  }
}
