// The identity scope: accounts, sessions, roles, the global access guard and the outbox.
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from '@lovecando/identity-access';
import { LiveSessions } from './auth/live-sessions.service.js';
import { SessionMiddleware } from './auth/session.middleware.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options.js';
import { Mailer } from './mail/mailer.service.js';
import { AccountResolver } from './resolvers/account.resolver.js';
import { DevOutboxResolver } from './resolvers/dev-outbox.resolver.js';
import { MemberResolver } from './resolvers/member.resolver.js';
import { MembersAdminResolver } from './resolvers/members-admin.resolver.js';
import { ViewerResolver } from './resolvers/viewer.resolver.js';
import { AccountEvents } from './services/account-events.service.js';
import { AccountService } from './services/account.service.js';
import { AccountTokens } from './services/account-tokens.service.js';
import { AttemptLimits } from './services/attempt-limits.service.js';
import { MembersAdminService } from './services/members-admin.service.js';
import { PasswordHasher } from './services/password-hasher.service.js';
import { PasswordStrength } from './services/password-strength.service.js';
import { SessionService } from './services/session.service.js';

const services = [
  AccountService,
  AccountEvents,
  AccountTokens,
  AttemptLimits,
  MembersAdminService,
  PasswordHasher,
  PasswordStrength,
  SessionService,
  LiveSessions,
  Mailer,
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
        AccountResolver,
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
