package dev.waibao.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.TemporaryDirectories;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FileSystemDocumentStoreTest {

  private final Path root = TemporaryDirectories.create("waibao-documents");

  @AfterEach
  void delete() {
    TemporaryDirectories.delete(root);
  }

  @Test
  void aConfiguredDirectoryIsSharedByEveryInstancePointedAtIt() throws Exception {
    Path shared = root.resolve("shared");
    var one = new FileSystemDocumentStore(shared.toString(), root.resolve("one").toString());
    var other = new FileSystemDocumentStore(shared.toString(), root.resolve("other").toString());

    one.put("2026/abc-1", "证书".getBytes(StandardCharsets.UTF_8));

    assertThat(shared.resolve("2026/abc-1")).exists();
    try (InputStream content = other.open("2026/abc-1")) {
      assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("证书");
    }
    other.delete("2026/abc-1");
    assertThat(shared.resolve("2026/abc-1")).doesNotExist();
  }

  @Test
  void withoutOneDocumentsLiveInTheDataDirectory() throws Exception {
    var store = new FileSystemDocumentStore("", root.resolve("data").toString());

    store.put("key-1", new byte[] {1, 2, 3});

    assertThat(root.resolve("data/documents/key-1")).hasBinaryContent(new byte[] {1, 2, 3});
  }
}
