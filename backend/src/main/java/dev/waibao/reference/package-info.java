/**
 * Reference data every feature shares and the web app offers in its forms: the province's cities
 * (later the capability taxonomy and client industries), with Chinese and English names.
 */
package dev.waibao.reference;
