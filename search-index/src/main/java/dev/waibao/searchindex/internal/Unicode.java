package dev.waibao.searchindex.internal;

/**
 * Keeps strings well-formed UTF-16. A lone surrogate (half of an emoji, e.g. from text cut at the
 * wrong place) cannot be encoded as UTF-8: the Elasticsearch client would fail the whole request
 * while Lucene silently stores a replacement, so both engines get the replacement up front.
 */
public final class Unicode {

  private Unicode() {}

  /** Whether the string has no lone surrogate. */
  public static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** The string with every lone surrogate replaced by U+FFFD, the replacement character. */
  public static String wellFormed(String text) {
    if (isWellFormed(text)) {
      return text;
    }
    var fixed = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        fixed.append(c).append(text.charAt(++i));
      } else {
        fixed.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return fixed.toString();
  }
}
