/** The use cases of the marketplace, each deciding ownership and state under the tender's lock. */
package dev.waibao.tenders.application;
