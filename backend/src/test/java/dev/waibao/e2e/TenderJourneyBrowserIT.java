package dev.waibao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.BrowserScripts;
import dev.waibao.testing.PackagedApp;
import dev.waibao.testing.Polling;
import dev.waibao.testing.TemporaryDirectories;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole marketplace journey in a browser: the client drafts and publishes a tender, a vendor
 * asks and bids; once the deadline has passed by the server's clock, the client scores and awards,
 * and the vendor learns it won. The deadline is real time (a short one): the packaged application
 * has no way to move its clock, by design.
 */
class TenderJourneyBrowserIT {

  private static final Pattern TENDER_ID = Pattern.compile("TENDER_ID=([0-9a-f-]{36})");
  private static final Pattern BID_DEADLINE = Pattern.compile("BID_DEADLINE=(\\S+)");

  @Test
  void clientPublishesVendorBidsClientAwardsVendorSeesTheResult() {
    BrowserScripts browser = BrowserScripts.locate();
    Path dataDir = TemporaryDirectories.create("waibao-e2e-journey").resolve("data");
    try (PackagedApp app = PackagedApp.start(dataDir, Map.of())) {
      String submitted =
          browser.run("tender-journey.e2e.mjs", app.baseUri(), Map.of("WAIBAO_PHASE", "submit"));
      Matcher id = TENDER_ID.matcher(submitted);
      assertThat(id.find()).as("the submit phase names the tender it created").isTrue();
      Matcher deadline = BID_DEADLINE.matcher(submitted);
      assertThat(deadline.find()).as("the submit phase names the bid deadline").isTrue();
      awaitServerTimePast(Instant.parse(deadline.group(1)));

      String awarded =
          browser.run(
              "tender-journey.e2e.mjs",
              app.baseUri(),
              Map.of("WAIBAO_PHASE", "award", "TENDER_ID", id.group(1)));

      assertThat(awarded).contains("BID_WON").contains("ok");
    } finally {
      TemporaryDirectories.delete(dataDir.getParent());
    }
  }

  /** The deadline is real server time: wait until it has passed, plus a little for clock skew. */
  private static void awaitServerTimePast(Instant deadline) {
    Instant until = deadline.plusSeconds(2);
    while (Instant.now().isBefore(until)) {
      Polling.pause(Duration.ofMillis(500));
    }
  }
}
