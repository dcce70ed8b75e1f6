package dev.waibao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.BrowserScripts;
import dev.waibao.testing.PackagedApp;
import dev.waibao.testing.TemporaryDirectories;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A vendor registers, signs out, signs back in and sees its organisation, in both languages. */
class AccountsBrowserIT {

  @Test
  void vendorRegistersSignsOutAndSignsBackIn() {
    BrowserScripts browser = BrowserScripts.locate();
    Path dataDir = TemporaryDirectories.create("waibao-e2e-accounts").resolve("data");
    try (PackagedApp app = PackagedApp.start(dataDir, Map.of())) {
      String output = browser.run("accounts.e2e.mjs", app.baseUri());

      assertThat(output).contains("accounts-en.png");
    } finally {
      TemporaryDirectories.delete(dataDir.getParent());
    }
  }
}
