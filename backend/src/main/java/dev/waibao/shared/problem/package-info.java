/**
 * Business errors as RFC 9457 problems, free of any web framework so every layer may raise them.
 */
package dev.waibao.shared.problem;
