/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HomeStatus {\n    about {\n      name\n      version\n      environment\n      startedAt\n    }\n    health {\n      status\n      database\n      migrations\n      checkedAt\n    }\n  }\n": typeof types.HomeStatusDocument,
    "\n  subscription ServerTime {\n    serverTime\n  }\n": typeof types.ServerTimeDocument,
    "\n  fragment MemberFields on Member {\n    id\n    displayName\n    role\n    status\n    locale\n    createdAt\n    email\n    emailVerifiedAt\n    suspendedReason\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...MemberFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Environment {\n    about {\n      environment\n    }\n  }\n": typeof types.EnvironmentDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestVerificationEmail($email: String!) {\n    requestVerificationEmail(email: $email)\n  }\n": typeof types.RequestVerificationEmailDocument,
    "\n  query PasswordResetLinkUsable($token: String!) {\n    passwordResetLinkUsable(token: $token)\n  }\n": typeof types.PasswordResetLinkUsableDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation ReinstateMember($memberId: ID!) {\n    reinstateMember(memberId: $memberId) {\n      ...MemberFields\n    }\n  }\n": typeof types.ReinstateMemberDocument,
    "\n  query DevOutbox($first: Int!) {\n    devOutbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": typeof types.DevOutboxDocument,
    "\n  fragment LocalizedReadabilityFields on LocalizedReadability {\n    fr {\n      score\n      band\n    }\n    en {\n      score\n      band\n    }\n  }\n": typeof types.LocalizedReadabilityFieldsFragmentDoc,
    "\n  query TermsOfUse {\n    termsOfUse {\n      ordinal\n      hash\n      publishedAt\n      readability {\n        ...LocalizedReadabilityFields\n      }\n      articles {\n        id\n        number\n        title {\n          fr\n          en\n        }\n        summary {\n          fr\n          en\n        }\n        body {\n          fr\n          en\n        }\n        bodyReadability {\n          ...LocalizedReadabilityFields\n        }\n      }\n    }\n  }\n": typeof types.TermsOfUseDocument,
};
const documents: Documents = {
    "\n  query HomeStatus {\n    about {\n      name\n      version\n      environment\n      startedAt\n    }\n    health {\n      status\n      database\n      migrations\n      checkedAt\n    }\n  }\n": types.HomeStatusDocument,
    "\n  subscription ServerTime {\n    serverTime\n  }\n": types.ServerTimeDocument,
    "\n  fragment MemberFields on Member {\n    id\n    displayName\n    role\n    status\n    locale\n    createdAt\n    email\n    emailVerifiedAt\n    suspendedReason\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...MemberFields\n    }\n  }\n": types.ViewerDocument,
    "\n  query Environment {\n    about {\n      environment\n    }\n  }\n": types.EnvironmentDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestVerificationEmail($email: String!) {\n    requestVerificationEmail(email: $email)\n  }\n": types.RequestVerificationEmailDocument,
    "\n  query PasswordResetLinkUsable($token: String!) {\n    passwordResetLinkUsable(token: $token)\n  }\n": types.PasswordResetLinkUsableDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation ReinstateMember($memberId: ID!) {\n    reinstateMember(memberId: $memberId) {\n      ...MemberFields\n    }\n  }\n": types.ReinstateMemberDocument,
    "\n  query DevOutbox($first: Int!) {\n    devOutbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": types.DevOutboxDocument,
    "\n  fragment LocalizedReadabilityFields on LocalizedReadability {\n    fr {\n      score\n      band\n    }\n    en {\n      score\n      band\n    }\n  }\n": types.LocalizedReadabilityFieldsFragmentDoc,
    "\n  query TermsOfUse {\n    termsOfUse {\n      ordinal\n      hash\n      publishedAt\n      readability {\n        ...LocalizedReadabilityFields\n      }\n      articles {\n        id\n        number\n        title {\n          fr\n          en\n        }\n        summary {\n          fr\n          en\n        }\n        body {\n          fr\n          en\n        }\n        bodyReadability {\n          ...LocalizedReadabilityFields\n        }\n      }\n    }\n  }\n": types.TermsOfUseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeStatus {\n    about {\n      name\n      version\n      environment\n      startedAt\n    }\n    health {\n      status\n      database\n      migrations\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  query HomeStatus {\n    about {\n      name\n      version\n      environment\n      startedAt\n    }\n    health {\n      status\n      database\n      migrations\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServerTime {\n    serverTime\n  }\n"): (typeof documents)["\n  subscription ServerTime {\n    serverTime\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    displayName\n    role\n    status\n    locale\n    createdAt\n    email\n    emailVerifiedAt\n    suspendedReason\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    displayName\n    role\n    status\n    locale\n    createdAt\n    email\n    emailVerifiedAt\n    suspendedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Environment {\n    about {\n      environment\n    }\n  }\n"): (typeof documents)["\n  query Environment {\n    about {\n      environment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestVerificationEmail($email: String!) {\n    requestVerificationEmail(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestVerificationEmail($email: String!) {\n    requestVerificationEmail(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetLinkUsable($token: String!) {\n    passwordResetLinkUsable(token: $token)\n  }\n"): (typeof documents)["\n  query PasswordResetLinkUsable($token: String!) {\n    passwordResetLinkUsable(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateMember($memberId: ID!) {\n    reinstateMember(memberId: $memberId) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateMember($memberId: ID!) {\n    reinstateMember(memberId: $memberId) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevOutbox($first: Int!) {\n    devOutbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DevOutbox($first: Int!) {\n    devOutbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LocalizedReadabilityFields on LocalizedReadability {\n    fr {\n      score\n      band\n    }\n    en {\n      score\n      band\n    }\n  }\n"): (typeof documents)["\n  fragment LocalizedReadabilityFields on LocalizedReadability {\n    fr {\n      score\n      band\n    }\n    en {\n      score\n      band\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermsOfUse {\n    termsOfUse {\n      ordinal\n      hash\n      publishedAt\n      readability {\n        ...LocalizedReadabilityFields\n      }\n      articles {\n        id\n        number\n        title {\n          fr\n          en\n        }\n        summary {\n          fr\n          en\n        }\n        body {\n          fr\n          en\n        }\n        bodyReadability {\n          ...LocalizedReadabilityFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermsOfUse {\n    termsOfUse {\n      ordinal\n      hash\n      publishedAt\n      readability {\n        ...LocalizedReadabilityFields\n      }\n      articles {\n        id\n        number\n        title {\n          fr\n          en\n        }\n        summary {\n          fr\n          en\n        }\n        body {\n          fr\n          en\n        }\n        bodyReadability {\n          ...LocalizedReadabilityFields\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;