// Declaring what each operation needs. The access guard is global and fails closed: a resolver or
// controller without @Public() or @Requires(...) is refused, so a forgotten check cannot open a hole.
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Actor, type Requirement, type Role } from '@lovecando/identity-domain';
import { type GraphqlContext } from './auth-context.js';

export const ACCESS_KEY = 'lovecando:access';
export type AccessMetadata = Requirement | { kind: 'public' };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessMetadata);
/** Any signed-in account, whatever its status (reading one's own data). */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessMetadata);
/** An ACTIVE account: every write a member makes. */
export const ActiveMember = () => SetMetadata(ACCESS_KEY, { kind: 'active' } satisfies AccessMetadata);
/** An ACTIVE account holding one of the roles. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'role', roles } satisfies AccessMetadata);

export function graphqlContext(context: ExecutionContext): GraphqlContext {
  return GqlExecutionContext.create(context).getContext<GraphqlContext>();
}

/** The signed-in actor (guaranteed by the access guard on non-public operations). */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | undefined => {
    return graphqlContext(context).auth?.actor;
  },
);
