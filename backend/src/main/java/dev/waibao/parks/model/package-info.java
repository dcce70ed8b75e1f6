/** The rules of parks, free of any framework: levels, unit states, incentive kinds, capacity. */
package dev.waibao.parks.model;
