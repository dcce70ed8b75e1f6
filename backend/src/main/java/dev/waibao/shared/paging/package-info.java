/** Paging of directory reads: the request every list endpoint validates and the page it answers. */
package dev.waibao.shared.paging;
