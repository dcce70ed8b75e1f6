package dev.waibao.matching.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keywords of a text that the search engine looks for on the other side of a match: Latin words
 * of three letters or more (minus the commonest English ones), and Chinese text cut into
 * two-character words, as the engine finds a Chinese word inside longer text.
 */
public final class Keywords {

  private static final Set<String> STOP =
      Set.of(
          "and", "the", "for", "with", "our", "are", "from", "into", "that", "this", "will", "all",
          "its", "has", "have", "not", "but", "you", "your", "per", "via");

  private Keywords() {}

  /** At most {@code limit} distinct keywords, in the order they first occur. */
  public static List<String> of(String text, int limit) {
    Set<String> words = new LinkedHashSet<>();
    if (text == null) {
      return List.of();
    }
    StringBuilder latin = new StringBuilder();
    StringBuilder han = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flushLatin(latin, words);
                han.appendCodePoint(cp);
              } else if (Character.isLetterOrDigit(cp)) {
                flushHan(han, words);
                latin.appendCodePoint(cp);
              } else {
                flushLatin(latin, words);
                flushHan(han, words);
              }
            });
    flushLatin(latin, words);
    flushHan(han, words);
    List<String> result = new ArrayList<>(words);
    return result.size() <= limit ? result : result.subList(0, limit);
  }

  private static void flushLatin(StringBuilder latin, Set<String> words) {
    String word = latin.toString().toLowerCase(Locale.ROOT);
    latin.setLength(0);
    if (word.length() >= 3 && word.length() <= 40 && !STOP.contains(word)) {
      words.add(word);
    }
  }

  private static void flushHan(StringBuilder han, Set<String> words) {
    String run = han.toString();
    han.setLength(0);
    int[] cps = run.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i += 2) {
      words.add(new String(cps, i, 2));
    }
  }
}
