/** Rules of the statistics without framework or SQL: periods, projections, anonymisation. */
package dev.waibao.statistics.model;
