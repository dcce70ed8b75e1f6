package dev.waibao.searchindex;

import java.util.Objects;

/**
 * Which version of a document an index holds, for comparing the index with the database.
 *
 * @param id the document id
 * @param version the indexed version, see {@link SearchDocument#version()}
 */
public record DocumentVersion(String id, long version) {

  public DocumentVersion {
    Objects.requireNonNull(id, "id");
  }
}
