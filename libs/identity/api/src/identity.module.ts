// The identity scope: accounts, sessions, roles, the global access guard and the outbox.
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from '@lovecando/identity-access';
import { LiveSessions } from './auth/live-sessions.service.js';
import { SessionMiddleware } from './auth/session.middleware.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options.js';
import { Mailer } from './mail/mailer.service.js';
import { MemberQueries } from './queries/member-queries.js';
import { DevOutboxResolver } from './resolvers/dev-outbox.resolver.js';
import { MemberResolver } from './resolvers/member.resolver.js';
import { MembersAdminResolver } from './resolvers/members-admin.resolver.js';
import { PasswordResolver } from './resolvers/password.resolver.js';
import { ProfileResolver } from './resolvers/profile.resolver.js';
import { SessionResolver } from './resolvers/session.resolver.js';
import { SignUpResolver } from './resolvers/sign-up.resolver.js';
import { ViewerResolver } from './resolvers/viewer.resolver.js';
import { AccountEvents } from './services/account-events.service.js';
import { AccountMail } from './services/account-mail.js';
import { AccountTokens } from './services/account-tokens.service.js';
import { AttemptLimits } from './services/attempt-limits.service.js';
import { Credentials } from './services/credentials.service.js';
import { PasswordHasher } from './services/password-hasher.service.js';
import { PasswordStrength } from './services/password-strength.service.js';
import { SessionService } from './services/session.service.js';
import { identityUseCases } from './use-cases/index.js';

const services = [
  AccountEvents,
  AccountMail,
  AccountTokens,
  AttemptLimits,
  Credentials,
  MemberQueries,
  PasswordHasher,
  PasswordStrength,
  SessionService,
  LiveSessions,
  Mailer,
  ...identityUseCases,
];

@Module({})
export class IdentityModule implements NestModule {
  static register(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        // Registered with identity so that wherever accounts and sessions exist, the fail-closed guard does.
        { provide: APP_GUARD, useClass: AccessGuard },
        ...services,
        SessionResolver,
        SignUpResolver,
        PasswordResolver,
        ProfileResolver,
        MemberResolver,
        MembersAdminResolver,
        DevOutboxResolver,
        ViewerResolver,
      ],
      // What the composition root needs: the WebSocket side resolves and follows sessions itself.
      // Other scopes see identity only through @lovecando/identity-access.
      exports: [SessionService, LiveSessions],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Only the API needs to know who asks; static pages and health probes do not touch the sessions.
    consumer.apply(SessionMiddleware).forRoutes('graphql');
  }
}
