package dev.waibao.shared.security;

/** A user's role within their own organisation. */
public enum MemberRole {
  /** Manages the organisation's members, and everything a member may do. */
  ORG_ADMIN,
  MEMBER
}
