/**
 * How accounts work inside: persistence, password hashing, tokens, throttling, the use cases and
 * their HTTP endpoints. Nothing here is for other features.
 */
package dev.waibao.accounts.internal;
