export {
  denial,
  mayRead,
  mayWrite,
  ROLES,
  STATUSES,
  type AccessDenial,
  type Actor,
  type MemberStatus,
  type Requirement,
  type Role,
} from './access.js';
export {
  ABSOLUTE_TIMEOUT_MS,
  DEFAULT_SESSION_LIMITS,
  IDLE_TIMEOUT_MS,
  sessionEnd,
  sessionState,
  type SessionLimits,
  type SessionState,
  type SessionTimes,
} from './session-expiry.js';
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIN_SCORE,
  passwordLength,
  passwordProblem,
  type EstimateStrength,
  type PasswordProblem,
  type StrengthEstimate,
} from './password-policy.js';
