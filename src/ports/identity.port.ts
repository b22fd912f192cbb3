// This file is the port for who is acting, recorded in the Audit tab.

export interface IdentityPort {
  /** The signed-in user's email, or "unknown" when the platform does not reveal it. */
  who(): string;
}
