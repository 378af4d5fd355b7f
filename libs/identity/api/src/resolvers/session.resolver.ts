// Who is signed in, signing in and signing out. Maps the GraphQL arguments to the use cases' commands
// and their results to the GraphQL models, nothing more.
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor } from '@lovecando/identity-domain';
import { CurrentActor, Public } from '@lovecando/identity-access';
import { type GraphqlContext } from '@lovecando/identity-access';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { SignInInput } from '../inputs/account.inputs.js';
import { Member } from '../models/member.model.js';
import { MemberQueries } from '../queries/member-queries.js';
import { hashSecret } from '../services/secret-token.js';
import { SessionService } from '../services/session.service.js';
import { SignIn } from '../use-cases/sign-in.js';
import { toMember } from './member.mapper.js';
import { client, response } from './request-context.js';

@Resolver()
export class SessionResolver {
  constructor(
    private readonly signInUseCase: SignIn,
    private readonly sessions: SessionService,
    private readonly members: MemberQueries,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Public()
  @Query(() => Member, { nullable: true, description: 'The signed-in member, or null.' })
  async me(@CurrentActor() actor: Actor | undefined): Promise<Member | null> {
    if (!actor) return null;
    const member = await this.members.findMember(actor.id);
    return member ? toMember(member) : null;
  }

  @Public()
  @Mutation(() => Member, { description: 'Starts a session (httpOnly cookie).' })
  async signIn(@Args('input') input: SignInInput, @Context() context: GraphqlContext): Promise<Member> {
    const res = response(context);
    const { member, secret } = await this.signInUseCase.execute({
      email: input.email,
      password: input.password,
      client: client(context),
      previousSessionHash: context.auth?.sessionHash,
    });
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
}
