// Operations of the identity pages. Codegen reads these strings to type the results. Every operation that
// returns a member asks for the same fields, so graphcache always holds a complete member.
import { graphql } from '@lovecando/shared-web-data';

/** Every member field the identity pages show; the queries and mutations below all select it. */
export const MemberFieldsFragment = graphql(`
  fragment MemberFields on Member {
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
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...MemberFields
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

export const RequestVerificationEmailMutation = graphql(`
  mutation RequestVerificationEmail($email: String!) {
    requestVerificationEmail(email: $email)
  }
`);

export const PasswordResetLinkUsableQuery = graphql(`
  query PasswordResetLinkUsable($token: String!) {
    passwordResetLinkUsable(token: $token)
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...MemberFields
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
      ...MemberFields
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
          ...MemberFields
        }
      }
    }
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($input: SetMemberRoleInput!) {
    setMemberRole(input: $input) {
      ...MemberFields
    }
  }
`);

export const SuspendMemberMutation = graphql(`
  mutation SuspendMember($input: SuspendMemberInput!) {
    suspendMember(input: $input) {
      ...MemberFields
    }
  }
`);

export const ReinstateMemberMutation = graphql(`
  mutation ReinstateMember($memberId: ID!) {
    reinstateMember(memberId: $memberId) {
      ...MemberFields
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
