package dev.waibao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.BrowserScripts;
import dev.waibao.testing.PackagedApp;
import dev.waibao.testing.TemporaryDirectories;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client opens its tender, sees vendors ranked with the reasons, invites one; that vendor sees
 * the invitation.
 */
class MatchingBrowserIT {

  @Test
  void clientInvitesARankedVendorWhoSeesTheInvitation() {
    BrowserScripts browser = BrowserScripts.locate();
    Path dataDir = TemporaryDirectories.create("waibao-e2e-matching").resolve("data");
    try (PackagedApp app = PackagedApp.start(dataDir, Map.of())) {
      String output = browser.run("matching.e2e.mjs", app.baseUri());

      assertThat(output)
          .contains("ok   the client invites the demo vendor")
          .contains("ok   the vendor sees the invitation among its notifications")
          .contains("matching e2e: all checks passed");
    } finally {
      TemporaryDirectories.delete(dataDir.getParent());
    }
  }
}
