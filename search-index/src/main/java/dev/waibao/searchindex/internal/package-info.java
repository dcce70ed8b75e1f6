/** Rules both engines share, so that they validate, encode and tokenize queries identically. */
package dev.waibao.searchindex.internal;
