package dev.waibao.opendata.internal;

import dev.waibao.shared.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a walk of the release feed stands: the last release a page gave, by its place in the feed's
 * order (date, then tender, lifecycle step and reference, which together name the release). The
 * next page starts strictly after it, so releases added meanwhile neither repeat nor shift a page;
 * opaque to consumers.
 */
record FeedCursor(Instant at, UUID tenderId, int step, UUID ref) {

  static final UUID NO_REF = new UUID(0, 0);
  private static final String VERSION = "1";

  static FeedCursor after(OcdsQueries.Event event) {
    return new FeedCursor(
        event.at(), event.tenderId(), event.step(), event.ref() == null ? NO_REF : event.ref());
  }

  String encode() {
    String text =
        String.join("|", VERSION, at.toString(), tenderId.toString(), "" + step, "" + ref);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static FeedCursor decode(String cursor) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
              .split("\\|", -1);
      if (parts.length != 5 || !parts[0].equals(VERSION)) {
        throw invalid();
      }
      return new FeedCursor(
          Instant.parse(parts[1]),
          UUID.fromString(parts[2]),
          Integer.parseInt(parts[3]),
          UUID.fromString(parts[4]));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw invalid();
    }
  }

  private static ProblemException invalid() {
    return ProblemException.invalid(
        "cursor", "is not a cursor of this feed: follow links.next of the previous page");
  }
}
