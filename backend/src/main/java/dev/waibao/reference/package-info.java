/**
 * Reference data every feature shares and the web app offers in its forms: the province's cities,
 * the versioned capability taxonomy (ITO, BPO, extensible) and the client industries, with Chinese
 * and English names.
 */
package dev.waibao.reference;
