package dev.waibao.searchindex.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits free text into the words that must all match. Splitting happens here, not in an analyzer,
 * so both engines see the same words; each engine then analyzes a word with the standard analyzer
 * and searches its tokens as a phrase, which is how a CJK word (one token per character) is found
 * inside longer text without matching its characters scattered.
 */
public final class FreeText {

  private FreeText() {}

  /**
   * The text whose hits rank higher when its words stand together, in order: the words joined by
   * one space, or nothing when there are fewer than two words (one word is already a phrase).
   * Engines search it as one more, optional phrase over the search fields.
   */
  public static Optional<String> adjacentWords(String text) {
    List<String> words = words(text);
    return words.size() < 2 ? Optional.empty() : Optional.of(String.join(" ", words));
  }

  /** The white-space separated words of the text, in order; empty for blank text. */
  public static List<String> words(String text) {
    var words = new ArrayList<String>();
    if (text == null) {
      return words;
    }
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      // Character.isWhitespace also covers the ideographic space (U+3000) of CJK input methods.
      if (Character.isWhitespace(text.charAt(i))) {
        if (start >= 0) {
          words.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }
}
