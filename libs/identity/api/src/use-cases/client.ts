// Who sends a request, as the use cases that count attempts or start sessions need to know.
export interface ClientInfo {
  /** The client's address, for the attempt limits. */
  address: string;
  /** Kept with a new session, so a member can tell their sessions apart. */
  userAgent: string | undefined;
}
