/**
 * How the OCDS feed is read from the marketplace's tables and served. Nothing here is for others.
 */
package dev.waibao.opendata.internal;
