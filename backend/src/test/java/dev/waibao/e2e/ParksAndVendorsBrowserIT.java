package dev.waibao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.BrowserScripts;
import dev.waibao.testing.PackagedApp;
import dev.waibao.testing.TemporaryDirectories;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A park operator and a vendor with the authority, in the browser, against the packaged jar with
 * its demonstration data (which must also seed quickly).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParksAndVendorsBrowserIT {

  private static final Logger LOG = LoggerFactory.getLogger(ParksAndVendorsBrowserIT.class);
  private static final Pattern SEEDED =
      Pattern.compile("Demonstration (parks|vendors): (\\d+) created in (\\d+) ms");

  private BrowserScripts browser;
  private Path dataDir;
  private PackagedApp app;

  @BeforeAll
  void start() {
    browser = BrowserScripts.locate();
    dataDir = TemporaryDirectories.create("waibao-e2e-parks").resolve("data");
    app = PackagedApp.start(dataDir, Map.of());
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
    if (dataDir != null) {
      TemporaryDirectories.delete(dataDir.getParent());
    }
  }

  @Test
  void demonstrationParksAndVendorsAreSeededWithinThreeSeconds() {
    Matcher seeded = SEEDED.matcher(app.log());
    long total = 0;
    int kinds = 0;
    while (seeded.find()) {
      LOG.info(
          "Seeded {} demonstration {} in {} ms", seeded.group(2), seeded.group(1), seeded.group(3));
      total += Long.parseLong(seeded.group(3));
      kinds++;
    }
    assertThat(kinds).as("parks and vendors were seeded").isEqualTo(2);
    assertThat(total).isLessThan(3000);
  }

  @Test
  void aParkOperatorAddsAUnitAndSeesAvailabilityChange() {
    String output = browser.run("parks.e2e.mjs", app.baseUri());

    assertThat(output).contains("parks e2e: all checks passed");
  }

  @Test
  void theAuthorityVerifiesACertificationAndItAppearsOnThePublicVendorPage() {
    String output = browser.run("certifications.e2e.mjs", app.baseUri());

    assertThat(output).contains("certifications e2e: all checks passed");
  }
}
