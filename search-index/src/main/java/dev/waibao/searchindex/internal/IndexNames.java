package dev.waibao.searchindex.internal;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index names both engines accept: valid Elasticsearch index names that are also safe as a
 * directory name for Lucene (no dots, no separators); and the names of an alias's versions.
 */
public final class IndexNames {

  /** The longest alias: its version names add {@code -v} and up to 10 digits. */
  private static final int MAX_ALIAS_LENGTH = 100;

  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,119}");
  private static final Pattern VERSION = Pattern.compile("(.+)-v([0-9]{1,10})");

  private IndexNames() {}

  /**
   * Returns the name if both engines accept it.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String requireValid(String index) {
    if (index == null || !VALID.matcher(index).matches()) {
      throw new IllegalArgumentException(
          "index name must be 1-120 of [a-z0-9_-], starting with a letter or digit, was: " + index);
    }
    return index;
  }

  /**
   * Returns the alias name if both engines accept it with room for version suffixes.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String requireValidAlias(String alias) {
    requireValid(alias);
    if (alias.length() > MAX_ALIAS_LENGTH) {
      throw new IllegalArgumentException(
          "alias name must be at most " + MAX_ALIAS_LENGTH + " characters, was: " + alias);
    }
    return alias;
  }

  /** The physical name of version {@code number} of the alias's index. */
  public static String version(String alias, long number) {
    return alias + "-v" + number;
  }

  /** The version number if {@code index} is a version of {@code alias}. */
  public static OptionalLong versionNumber(String alias, String index) {
    Matcher matcher = VERSION.matcher(index);
    if (matcher.matches() && matcher.group(1).equals(alias)) {
      return OptionalLong.of(Long.parseLong(matcher.group(2)));
    }
    return OptionalLong.empty();
  }

  /**
   * Returns the name if it is a version of the alias.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String requireVersionOf(String alias, String index) {
    if (index == null || versionNumber(alias, index).isEmpty()) {
      throw new IllegalArgumentException(
          "version: '" + index + "' is not a version of alias '" + alias + "'");
    }
    return index;
  }
}
