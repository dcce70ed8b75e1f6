package dev.waibao.documents.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Limits of uploads.
 *
 * @param maxBytes the largest file accepted; larger ones are refused with 413. The server's own
 *     {@code micronaut.server.max-request-size} must allow at least this much.
 */
@ConfigurationProperties("waibao.documents")
record DocumentSettings(@Bindable(defaultValue = "5242880") long maxBytes) {}
