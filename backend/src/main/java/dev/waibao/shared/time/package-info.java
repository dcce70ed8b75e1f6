/** Server time: an injected {@link java.time.Clock}, never {@code now()} out of thin air. */
package dev.waibao.shared.time;
