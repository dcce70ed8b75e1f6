/**
 * Uploaded documents (certificates, later contracts): size-limited, checked by their content rather
 * than by what the uploader claims, kept in a {@link dev.waibao.documents.DocumentStore} and
 * downloadable only by the organisation that uploaded them and by the authority.
 */
package dev.waibao.documents;
