// The identity pages and their addresses. The emailed links point at /verify-email, /sign-in,
// /forgot-password and /reset-password: these paths are part of the API's contract with the mailbox.
import { type RouteObject } from 'react-router';
import { AdminMembersPage } from './admin/AdminMembersPage';
import { OutboxPage } from './outbox/OutboxPage';
import { ForgotPasswordPage } from './password/ForgotPasswordPage';
import { ResetPasswordPage } from './password/ResetPasswordPage';
import { ProfilePage } from './profile/ProfilePage';
import { SignInPage } from './sign-in/SignInPage';
import { CheckEmailPage } from './sign-up/CheckEmailPage';
import { SignUpPage } from './sign-up/SignUpPage';
import { VerifyEmailPage } from './verify-email/VerifyEmailPage';
import './identity.css';

export const identityRoutes: RouteObject[] = [
  { path: 'sign-up', element: <SignUpPage /> },
  { path: 'sign-up/check-email', element: <CheckEmailPage /> },
  { path: 'verify-email', element: <VerifyEmailPage /> },
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'forgot-password', element: <ForgotPasswordPage /> },
  { path: 'reset-password', element: <ResetPasswordPage /> },
  { path: 'profile', element: <ProfilePage /> },
  { path: 'admin/members', element: <AdminMembersPage /> },
  { path: 'dev/outbox', element: <OutboxPage /> },
];
