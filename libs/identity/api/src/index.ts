export { identityApiFeature } from './feature.js';
export { IdentityModule } from './identity.module.js';
export { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options.js';
export { identityEntities } from './entities/index.js';
export { MemberEntity } from './entities/member.entity.js';
export { ActiveMember, CurrentActor, Public, Roles, SignedIn } from './auth/access.decorators.js';
export { type Authenticated, type GraphqlContext, type RequestWithAuth } from './auth/auth-context.js';
export { readSessionCookie } from './auth/session-cookie.js';
export { SessionService } from './services/session.service.js';
export { LiveSessions, SESSION_ENDED_CLOSE_CODE, type ClosableSocket } from './auth/live-sessions.service.js';
export {
  AccountService,
  normaliseEmail,
  SEND_PASSWORD_RESET,
  SEND_VERIFICATION,
} from './services/account.service.js';
export { DELIVER_EMAIL } from './mail/mailer.service.js';
export { PasswordHasher, ARGON2_PARAMETERS } from './services/password-hasher.service.js';
