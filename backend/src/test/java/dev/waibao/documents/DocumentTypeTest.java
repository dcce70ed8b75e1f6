package dev.waibao.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

  @Test
  void theContentDecidesWhatAFileIs() {
    assertThat(DocumentType.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
        .contains(DocumentType.PDF);
    assertThat(DocumentType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .contains(DocumentType.JPEG);
    assertThat(
            DocumentType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
        .contains(DocumentType.PNG);
    assertThat(DocumentType.sniff("<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(DocumentType.sniff(new byte[] {'%', 'P'})).isEmpty();
  }

  @Test
  void declaredTypesAndFileNamesMustFitTheContent() {
    assertThat(DocumentType.ofMediaType("image/jpg")).contains(DocumentType.JPEG);
    assertThat(DocumentType.ofMediaType("application/pdf; charset=binary"))
        .contains(DocumentType.PDF);
    assertThat(DocumentType.ofMediaType("text/html")).isEmpty();
    assertThat(DocumentType.JPEG.fitsFileName("scan.JPEG")).isTrue();
    assertThat(DocumentType.PDF.fitsFileName("scan.png")).isFalse();
    assertThat(DocumentType.PDF.fitsFileName("scan")).isTrue();
  }
}
