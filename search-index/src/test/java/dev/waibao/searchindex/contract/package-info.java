/** The behaviour every search engine must show, written once and run against each engine. */
package dev.waibao.searchindex.contract;
