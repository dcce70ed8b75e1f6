package dev.waibao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.BrowserScripts;
import dev.waibao.testing.PackagedApp;
import dev.waibao.testing.TemporaryDirectories;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person opening Waibao for the first time, in Chinese, then switching to English. */
class ShellBrowserIT {

  @Test
  void shellRendersInChineseAndSwitchesToEnglish() {
    BrowserScripts browser = BrowserScripts.locate();
    Path dataDir = TemporaryDirectories.create("waibao-e2e-shell").resolve("data");
    try (PackagedApp app = PackagedApp.start(dataDir, Map.of())) {
      String output = browser.run("shell.e2e.mjs", app.baseUri());

      assertThat(output).contains("shell-en.png");
    } finally {
      TemporaryDirectories.delete(dataDir.getParent());
    }
  }
}
