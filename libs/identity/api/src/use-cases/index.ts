// Every use case of the identity scope, one file each: the module provides them, the resolvers and the
// command-line tools call them.
import { ChangePassword } from './change-password.js';
import { CheckResetLink } from './check-reset-link.js';
import { CreateVerifiedMembers } from './create-verified-members.js';
import { ReinstateMember } from './reinstate-member.js';
import { RequestPasswordReset } from './request-password-reset.js';
import { RequestVerificationEmail } from './request-verification-email.js';
import { ResetPassword } from './reset-password.js';
import { SetMemberRole } from './set-member-role.js';
import { SignIn } from './sign-in.js';
import { SignUp } from './sign-up.js';
import { SuspendMember } from './suspend-member.js';
import { UpdateProfile } from './update-profile.js';
import { VerifyEmail } from './verify-email.js';

export const identityUseCases = [
  SignUp,
  VerifyEmail,
  RequestVerificationEmail,
  SignIn,
  RequestPasswordReset,
  CheckResetLink,
  ResetPassword,
  ChangePassword,
  UpdateProfile,
  SetMemberRole,
  SuspendMember,
  ReinstateMember,
  CreateVerifiedMembers,
];
