/** The arithmetic of matching — score parts, weights, keywords — free of framework and SQL. */
package dev.waibao.matching.model;
