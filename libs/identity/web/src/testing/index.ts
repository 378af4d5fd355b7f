// For tests only: identity's web fixtures, shared with the app's tests of pages that show the viewer.
export { member, type MemberData } from '../test/fixtures';
