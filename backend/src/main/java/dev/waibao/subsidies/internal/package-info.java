/** The subsidy engine, its persistence and its HTTP API. */
package dev.waibao.subsidies.internal;
