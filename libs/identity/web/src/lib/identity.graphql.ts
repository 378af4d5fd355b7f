// Operations of the identity pages. Codegen reads these strings to type the results. Every operation that
// returns a member asks for the same fields, so graphcache always holds a complete member.
import { graphql } from '@lovecando/shared-web-data';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      displayName
      role
      status
      locale
      createdAt
      email
      emailVerifiedAt
      suspendedReason
    }
  }
`);

export const EnvironmentQuery = graphql(`
  query Environment {
    about {
      environment
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      displayName
      role
      status
      locale
      createdAt
      email
      emailVerifiedAt
      suspendedReason
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      role
      status
      locale
      createdAt
      email
      emailVerifiedAt
      suspendedReason
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const MembersQuery = graphql(`
  query Members($filter: MemberFilter, $first: Int!, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          displayName
          role
          status
          locale
          createdAt
          email
          emailVerifiedAt
          suspendedReason
        }
      }
    }
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($input: SetMemberRoleInput!) {
    setMemberRole(input: $input) {
      id
      displayName
      role
      status
      locale
      createdAt
      email
      emailVerifiedAt
      suspendedReason
    }
  }
`);

export const SuspendMemberMutation = graphql(`
  mutation SuspendMember($input: SuspendMemberInput!) {
    suspendMember(input: $input) {
      id
      displayName
      role
      status
      locale
      createdAt
      email
      emailVerifiedAt
      suspendedReason
    }
  }
`);

export const ReinstateMemberMutation = graphql(`
  mutation ReinstateMember($memberId: ID!) {
    reinstateMember(memberId: $memberId) {
      id
      displayName
      role
      status
      locale
      createdAt
      email
      emailVerifiedAt
      suspendedReason
    }
  }
`);

export const DevOutboxQuery = graphql(`
  query DevOutbox($first: Int!) {
    devOutbox(first: $first) {
      id
      to
      subject
      text
      createdAt
    }
  }
`);
