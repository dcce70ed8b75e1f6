/** How documents work inside: the file-system store, the table of documents, uploads, downloads. */
package dev.waibao.documents.internal;
