// Resetting a forgotten password and changing a known one. Maps the GraphQL arguments to the use cases'
// commands and their results to the answer (and the renewed session cookie), nothing more.
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor } from '@lovecando/identity-domain';
import { ActiveMember, CurrentActor, Public } from '@lovecando/identity-access';
import { type GraphqlContext } from '@lovecando/identity-access';
import { setSessionCookie } from '../auth/session-cookie.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { ChangePasswordInput, ResetPasswordInput } from '../inputs/account.inputs.js';
import { ChangePassword } from '../use-cases/change-password.js';
import { CheckResetLink } from '../use-cases/check-reset-link.js';
import { RequestPasswordReset } from '../use-cases/request-password-reset.js';
import { ResetPassword } from '../use-cases/reset-password.js';
import { client, response } from './request-context.js';

@Resolver()
export class PasswordResolver {
  constructor(
    private readonly requestReset: RequestPasswordReset,
    private readonly checkResetLink: CheckResetLink,
    private readonly resetPasswordUseCase: ResetPassword,
    private readonly changePasswordUseCase: ChangePassword,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Emails a reset link if the address is registered. Always answers true.',
  })
  async requestPasswordReset(
    @Args('email') email: string,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    await this.requestReset.execute({ email, address: client(context).address });
    return true;
  }

  @Public()
  @Query(() => Boolean, {
    description:
      'Whether an emailed reset link can still be used (without using it), so the page can say so before asking for a password.',
  })
  passwordResetLinkUsable(
    @Args('token') token: string,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    return this.checkResetLink.execute({ token, address: client(context).address });
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the emailed token and ends every session.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.resetPasswordUseCase.execute({ token: input.token, password: input.password });
    return true;
  }

  @ActiveMember()
  @Mutation(() => Boolean, {
    description: 'Changes the password, ends every other session and renews this one.',
  })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: Actor,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    const res = response(context);
    const { secret } = await this.changePasswordUseCase.execute({
      memberId: actor.id,
      currentPassword: input.currentPassword,
      newPassword: input.newPassword,
      userAgent: client(context).userAgent,
    });
    setSessionCookie(res, secret, this.options.production);
    return true;
  }
}
