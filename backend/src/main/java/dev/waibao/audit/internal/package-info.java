/** Reading the audit trail over HTTP: the authority reads all, an organisation admin its own. */
package dev.waibao.audit.internal;
