/**
 * Parks: a park operator's parks with their capacity, focus and incentive policies, the space units
 * they lease, and the level the authority recognises them at. Other features see parks through
 * {@link dev.waibao.parks.ParkDirectory}.
 */
package dev.waibao.parks;
