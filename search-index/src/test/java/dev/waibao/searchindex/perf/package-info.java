/**
 * Timing loops for PERFORMANCE-NOTES.md: run by hand, never by the build (no class here is named
 * like a test).
 */
package dev.waibao.searchindex.perf;
