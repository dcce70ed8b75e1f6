/**
 * Idempotent POSTs: a request retried with the same {@code Idempotency-Key} returns the first
 * answer and changes nothing again, even across application instances.
 */
package dev.waibao.shared.idempotency;
