export { identityApiFeature } from './feature.js';
export { IdentityModule } from './identity.module.js';
export { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options.js';
export { identityEntities } from './entities/index.js';
export { identityMigrations } from './migrations/index.js';
export { MemberEntity } from './entities/member.entity.js';
export { readSessionCookie } from './auth/session-cookie.js';
export { SessionService } from './services/session.service.js';
export { LiveSessions, SESSION_ENDED_CLOSE_CODE, type ClosableSocket } from './auth/live-sessions.service.js';
export { normaliseEmail } from './services/email-address.js';
export {
  CreateVerifiedMembers,
  type CreateVerifiedMembersCommand,
  type NewMember,
} from './use-cases/create-verified-members.js';
export { SEND_PASSWORD_RESET } from './use-cases/request-password-reset.js';
export { SEND_VERIFICATION } from './use-cases/request-verification-email.js';
export { DELIVER_EMAIL } from './mail/mailer.service.js';
export { PasswordHasher, ARGON2_PARAMETERS } from './services/password-hasher.service.js';
export { identityErrors, IdentityError, type IdentityErrorCode } from './identity.errors.js';
