// The global access guard: reads each handler's declaration and applies the role/status table of the
// identity domain. Object-level checks (is this my ballot?) are made by the use cases with mayRead/mayWrite.
import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { denial } from '@lovecando/identity-domain';
import { CodedError, type CommonErrorCode } from '@lovecando/shared-util';
import { ACCESS_KEY, type AccessMetadata, graphqlContext } from './access.decorators.js';
import { type RequestWithAuth } from './auth-context.js';

const MESSAGES = {
  UNAUTHENTICATED: 'Please sign in first.',
  ACCOUNT_NOT_ACTIVE: 'Your account cannot do this now: confirm your email, or it is suspended.',
  FORBIDDEN: 'You do not have the role this needs.',
} as const;

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<AccessMetadata | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`,
      );
      throw new CodedError<CommonErrorCode>('FORBIDDEN', MESSAGES.FORBIDDEN);
    }
    if (access.kind === 'public') return true;
    const auth =
      context.getType<string>() === 'graphql'
        ? graphqlContext(context).auth
        : context.switchToHttp().getRequest<RequestWithAuth>().auth;
    const refusal = denial(auth?.actor, access);
    if (refusal) throw new CodedError<CommonErrorCode>(refusal, MESSAGES[refusal]);
    return true;
  }
}
