package dev.waibao.searchindex;

import java.util.List;
import java.util.Optional;

/**
 * One page of a walk over every document of an index in ascending id order (Java {@link
 * String#compareTo} order for ids of ASCII characters, UTF-8 byte order in general).
 *
 * @param versions the documents of this page, ascending by id
 * @param last whether the walk is over; otherwise continue after {@link #nextAfter()}
 */
public record DocumentVersionPage(List<DocumentVersion> versions, boolean last) {

  public DocumentVersionPage {
    versions = List.copyOf(versions);
  }

  /** The id to continue after, unless this was the last page. */
  public Optional<String> nextAfter() {
    return last || versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast().id());
  }
}
