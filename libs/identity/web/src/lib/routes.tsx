// The identity pages and their addresses. The emailed links point at /verify-email, /sign-in,
// /forgot-password and /reset-password: these paths are part of the API's contract with the mailbox.
// Each page is its own chunk, fetched by the router when its address is opened (and kept on screen
// until then by the page being left), so no page makes the others slower to load.
import { PRERENDERED_PAGE } from '@lovecando/shared-web-data';
import { type RouteObject } from 'react-router';
import './identity.css';
import { SignInPage } from './sign-in/SignInPage';

export const identityRoutes: RouteObject[] = [
  {
    path: 'sign-up',
    lazy: async () => ({ Component: (await import('./sign-up/SignUpPage')).SignUpPage }),
  },
  {
    path: 'sign-up/check-email',
    lazy: async () => ({ Component: (await import('./sign-up/CheckEmailPage')).CheckEmailPage }),
  },
  {
    path: 'verify-email',
    lazy: async () => ({ Component: (await import('./verify-email/VerifyEmailPage')).VerifyEmailPage }),
  },
  // Signing in is where emailed links and most returning visits land, and its form needs nothing the
  // entry lacks: it ships with the entry, saving the round trip for its chunk.
  { path: 'sign-in', element: <SignInPage />, handle: PRERENDERED_PAGE },
  {
    path: 'forgot-password',
    lazy: async () => ({ Component: (await import('./password/ForgotPasswordPage')).ForgotPasswordPage }),
  },
  {
    path: 'reset-password',
    lazy: async () => ({ Component: (await import('./password/ResetPasswordPage')).ResetPasswordPage }),
  },
  {
    path: 'profile',
    lazy: async () => ({ Component: (await import('./profile/ProfilePage')).ProfilePage }),
  },
  {
    path: 'admin/members',
    lazy: async () => ({ Component: (await import('./admin/AdminMembersPage')).AdminMembersPage }),
  },
  {
    path: 'dev/outbox',
    lazy: async () => ({ Component: (await import('./outbox/OutboxPage')).OutboxPage }),
  },
];
