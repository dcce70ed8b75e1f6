package dev.waibao.searchindex.internal;

import dev.waibao.searchindex.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an engine's highlighted text into the HTML snippet a {@link SearchHit} carries.
 *
 * <p>Both engines are asked to highlight the whole field with the private-use characters {@link
 * #START} and {@link #END} around matches, and nothing escaped. Everything after that — escaping,
 * merging touching matches, cutting a window around the first match — happens here, once, so the
 * engines cannot differ in it. {@link DocumentCodec} replaces these two characters in indexed text,
 * so a marker always comes from the engine.
 */
public final class Snippets {

  /** Opens a match in engine output; never part of indexed text. */
  public static final String START = "\uE000";

  /** Closes a match in engine output; never part of indexed text. */
  public static final String END = "\uE001";

  /**
   * How far into a text the engines look for matches (Lucene's default and Elasticsearch's {@code
   * max_analyzed_offset} as we set it); a match further in goes unmarked.
   */
  public static final int MAX_ANALYZED_LENGTH = 10_000;

  /** How much of the window goes before the first match, so the match reads in context. */
  private static final int LEAD_DIVISOR = 4;

  private Snippets() {}

  /** Text as indexed: the marker characters replaced by U+FFFD, the replacement character. */
  public static String withoutMarkers(String text) {
    if (text.indexOf(START.charAt(0)) < 0 && text.indexOf(END.charAt(0)) < 0) {
      return text;
    }
    return text.replace(START.charAt(0), '\uFFFD').replace(END.charAt(0), '\uFFFD');
  }

  /**
   * The snippet of a field's text.
   *
   * @param original the field's text as indexed
   * @param marked the engine's highlight of it, or {@code null} if nothing matched
   */
  public static String snippet(String original, String marked) {
    return snippet(original, marked, SearchHit.SNIPPET_LENGTH);
  }

  /**
   * The engine fragment that is the original with markers, among several (Elasticsearch returns one
   * per value of a multi-valued field), or {@code null} if none is.
   */
  public static String markedVersionOf(String original, List<String> fragments) {
    for (String fragment : fragments) {
      if (!spans(original, fragment).isEmpty()) {
        return fragment;
      }
    }
    return null;
  }

  static String snippet(String original, String marked, int maxChars) {
    List<int[]> spans = spans(original, marked);
    int length = original.length();
    int start = 0;
    int end = length;
    if (length > maxChars) {
      int first = spans.isEmpty() ? 0 : spans.getFirst()[0];
      start = Math.max(0, Math.min(first - maxChars / LEAD_DIVISOR, length - maxChars));
      end = start + maxChars;
      // Never split a surrogate pair: half an emoji or rare ideograph renders as garbage.
      if (start > 0 && Character.isLowSurrogate(original.charAt(start))) {
        start++;
      }
      if (end < length && Character.isLowSurrogate(original.charAt(end))) {
        end--;
      }
    }
    var html = new StringBuilder(end - start + 32);
    if (start > 0) {
      html.append(SearchHit.ELLIPSIS);
    }
    int at = start;
    for (int[] span : spans) {
      int from = Math.max(span[0], start);
      int to = Math.min(span[1], end);
      if (from >= to) {
        continue;
      }
      escape(original, at, from, html);
      html.append(SearchHit.MARK_START);
      escape(original, from, to, html);
      html.append(SearchHit.MARK_END);
      at = to;
    }
    escape(original, at, end, html);
    if (end < length) {
      html.append(SearchHit.ELLIPSIS);
    }
    return html.toString();
  }

  /**
   * The matches of the marked text as [start, end) offsets into the original, sorted, with
   * overlapping and touching matches merged: one engine may mark 呼 and 叫 apart where the other
   * marks 呼叫 at once, and both read the same as one mark. Empty if the marked text is not the
   * original with markers added (e.g. cut short by the engine), rather than marking wrong text.
   */
  static List<int[]> spans(String original, String marked) {
    var spans = new ArrayList<int[]>();
    if (marked == null) {
      return spans;
    }
    var plain = new StringBuilder(marked.length());
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == START.charAt(0)) {
        open = plain.length();
      } else if (c == END.charAt(0)) {
        if (open >= 0 && open < plain.length()) {
          spans.add(new int[] {open, plain.length()});
        }
        open = -1;
      } else {
        plain.append(c);
      }
    }
    if (!original.startsWith(plain.toString())) {
      return new ArrayList<>();
    }
    spans.sort(Comparator.comparingInt((int[] span) -> span[0]));
    var merged = new ArrayList<int[]>();
    for (int[] span : spans) {
      if (!merged.isEmpty() && span[0] <= merged.getLast()[1]) {
        merged.getLast()[1] = Math.max(merged.getLast()[1], span[1]);
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  private static void escape(String text, int from, int to, StringBuilder html) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
