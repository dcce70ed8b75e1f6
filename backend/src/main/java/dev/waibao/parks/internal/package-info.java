/**
 * How parks work inside: persistence, the use cases of operators and the authority, directory
 * reads, demonstration data and the HTTP endpoints. Nothing here is for other features.
 */
package dev.waibao.parks.internal;
