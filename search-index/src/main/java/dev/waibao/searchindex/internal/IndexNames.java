package dev.waibao.searchindex.internal;

import java.util.regex.Pattern;

/**
 * The index names both engines accept: valid Elasticsearch index names that are also safe as a
 * directory name for Lucene (no dots, no separators).
 */
public final class IndexNames {

  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

  private IndexNames() {}

  /**
   * Returns the name if both engines accept it.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String requireValid(String index) {
    if (index == null || !VALID.matcher(index).matches()) {
      throw new IllegalArgumentException(
          "index name must be 1-100 of [a-z0-9_-], starting with a letter or digit, was: " + index);
    }
    return index;
  }
}
