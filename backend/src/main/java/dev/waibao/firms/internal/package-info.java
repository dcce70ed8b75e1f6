/**
 * How firms work inside: persistence, the vendor's and the authority's use cases, directory reads,
 * demonstration data and the HTTP endpoints. Nothing here is for other features.
 */
package dev.waibao.firms.internal;
