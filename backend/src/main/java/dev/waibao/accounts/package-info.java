/**
 * Accounts: organisations of four kinds, their users and roles, sign-in with short-lived access
 * tokens and rotating refresh tokens, invitations, and the bootstrap of the authority.
 */
package dev.waibao.accounts;
