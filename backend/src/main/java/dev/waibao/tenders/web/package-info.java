/** The HTTP API of the marketplace; every route states who may call it. */
package dev.waibao.tenders.web;
