package dev.waibao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.BrowserScripts;
import dev.waibao.testing.PackagedApp;
import dev.waibao.testing.TemporaryDirectories;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rent subsidy from lease to ledger in the browser, against the packaged jar with its
 * demonstration data: the vendor claims a month of its new lease, the park operator approves and
 * pays it, and the ledger shows the payment.
 */
class SubsidyJourneyBrowserIT {

  @Test
  void vendorClaimsRentSubsidyOperatorApprovesAndPaysLedgerShowsIt() {
    BrowserScripts browser = BrowserScripts.locate();
    Path dataDir = TemporaryDirectories.create("waibao-e2e-subsidies").resolve("data");
    try (PackagedApp app = PackagedApp.start(dataDir, Map.of())) {
      String output = browser.run("subsidy-journey.e2e.mjs", app.baseUri(), Map.of());

      assertThat(output)
          .contains("ok   the ledger shows the payment of 8,000 with its reference")
          .contains("subsidy journey e2e: all checks passed");
    } finally {
      TemporaryDirectories.delete(dataDir.getParent());
    }
  }
}
