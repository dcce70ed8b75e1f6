/**
 * The audit trail: every state change writes who did what to which entity, before and after, in the
 * same transaction as the change. Events are append-only, in the database as well.
 */
package dev.waibao.audit;
