// The account operations of the signed-in visitor. Thin: each calls one use case.
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor } from '@lovecando/identity-domain';
import { CodedError } from '@lovecando/shared-util';
import { ActiveMember, CurrentActor, Public, type GraphqlContext } from '@lovecando/identity-access';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import {
  ChangePasswordInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
} from '../inputs/account.inputs.js';
import { Member } from '../models/member.model.js';
import { AccountService, type ClientInfo } from '../services/account.service.js';
import { hashSecret } from '../services/secret-token.js';
import { SessionService } from '../services/session.service.js';
import { toMember } from './member.mapper.js';

function client(context: GraphqlContext): ClientInfo {
  return {
    address: context.req?.ip ?? context.ip ?? 'unknown',
    userAgent: context.req?.headers['user-agent'],
  };
}

function assertEmail(email: string): void {
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
    throw new CodedError('BAD_USER_INPUT', 'email must be a valid email address', 'email');
  }
}

function response(context: GraphqlContext) {
  if (!context.res) throw new CodedError('BAD_REQUEST', 'This operation needs an HTTP request.');
  return context.res;
}

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Public()
  @Query(() => Member, { nullable: true, description: 'The signed-in member, or null.' })
  async me(@CurrentActor() actor: Actor | undefined): Promise<Member | null> {
    if (!actor) return null;
    const member = await this.accounts.findMember(actor.id);
    return member ? toMember(member) : null;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Creates a PENDING account and emails a confirmation link. Answers true whether or not the address was already registered.',
  })
  async signUp(@Args('input') input: SignUpInput, @Context() context: GraphqlContext): Promise<boolean> {
    await this.accounts.signUp(input, client(context));
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
    assertEmail(email);
    await this.accounts.requestVerificationEmail(email, client(context));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Confirms the email address with the emailed token; the account becomes ACTIVE.',
  })
  async verifyEmail(@Args('token') token: string): Promise<boolean> {
    await this.accounts.verifyEmail(token);
    return true;
  }

  @Public()
  @Mutation(() => Member, { description: 'Starts a session (httpOnly cookie).' })
  async signIn(@Args('input') input: SignInInput, @Context() context: GraphqlContext): Promise<Member> {
    const res = response(context);
    const { member, secret } = await this.accounts.signIn(input, client(context), context.auth?.sessionHash);
    setSessionCookie(res, secret, this.options.production);
    // The rest of this operation (e.g. the member's own email) already runs as the signed-in member.
    context.auth = {
      actor: { id: member.id, role: member.role, status: member.status },
      sessionHash: hashSecret(secret),
    };
    return toMember(member);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async signOut(@Context() context: GraphqlContext): Promise<boolean> {
    if (context.auth) await this.sessions.end(context.auth.sessionHash);
    clearSessionCookie(response(context), this.options.production);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Emails a reset link if the address is registered. Always answers true.',
  })
  async requestPasswordReset(
    @Args('email') email: string,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    assertEmail(email);
    await this.accounts.requestPasswordReset(email, client(context));
    return true;
  }

  @Public()
  @Query(() => Boolean, {
    description:
      'Whether an emailed reset link can still be used (without using it), so the page can say so before asking for a password.',
  })
  async passwordResetLinkUsable(
    @Args('token') token: string,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    return this.accounts.isResetTokenUsable(token, client(context));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the emailed token and ends every session.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.accounts.resetPassword(input);
    return true;
  }

  @ActiveMember()
  @Mutation(() => Member)
  async updateProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentActor() actor: Actor,
  ): Promise<Member> {
    return toMember(await this.accounts.updateProfile(actor, input));
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
    const secret = await this.accounts.changePassword(actor, input, client(context));
    setSessionCookie(res, secret, this.options.production);
    return true;
  }
}
