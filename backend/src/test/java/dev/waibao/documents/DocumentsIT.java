package dev.waibao.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.TheAuthority;
import dev.waibao.testing.Uploads;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class DocumentsIT extends IntegrationTest {

  private static final int LIMIT = 64 * 1024;

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;
  private Accounts accounts;
  private Uploads uploads;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.putAll(TheAuthority.bootstrapProperties());
    properties.put("waibao.documents.max-bytes", Integer.toString(LIMIT));
    return properties;
  }

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    uploads = new Uploads(http);
  }

  @Test
  void aVendorUploadsAPdfAndOnlyItAndTheAuthorityCanReadIt() {
    SignedIn vendor = accounts.register("VENDOR");
    SignedIn rival = accounts.register("VENDOR");

    HttpResponse<String> uploaded =
        uploads.upload(
            "C:\\scans\\CMMI证书.pdf", "application/pdf", Uploads.pdf(), vendor.accessToken());

    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    Map<String, Object> info = http.json(uploaded);
    assertThat(info)
        .containsEntry("fileName", "CMMI证书.pdf")
        .containsEntry("contentType", "application/pdf")
        .containsEntry("sizeBytes", Uploads.pdf().length);
    String content = "/api/documents/" + info.get("id") + "/content";
    HttpResponse<String> own = http.get(content, vendor.accessToken());
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).startsWith("%PDF-");
    assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(own.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment");
    assertThat(http.get(content, TheAuthority.signIn(accounts).accessToken()).statusCode())
        .isEqualTo(200);
    assertThat(http.get(content, rival.accessToken()).statusCode()).isEqualTo(404);
    assertThat(http.get(content, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aFileThatIsNotWhatItClaimsIsRefusedWith415() {
    SignedIn vendor = accounts.register("VENDOR");

    HttpResponse<String> fake =
        uploads.upload(
            "certificate.pdf", "application/pdf", "MZ not a pdf".getBytes(), vendor.accessToken());
    HttpResponse<String> pngCalledPdf =
        uploads.upload("certificate.pdf", "application/pdf", Uploads.png(), vendor.accessToken());
    HttpResponse<String> pdfNamedPng =
        uploads.upload("scan.png", "application/octet-stream", Uploads.pdf(), vendor.accessToken());

    for (HttpResponse<String> response : List.of(fake, pngCalledPdf, pdfNamedPng)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
      assertThat(http.json(response))
          .containsEntry("type", "urn:waibao:problem:unsupported-document-type");
      assertThat(response.body()).contains("\"field\":\"file\"");
    }
    assertThat(
            uploads
                .upload("scan.png", "image/png", Uploads.png(), vendor.accessToken())
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413() {
    SignedIn vendor = accounts.register("VENDOR");
    byte[] big = Arrays.copyOf(Uploads.pdf(), LIMIT + 1);

    HttpResponse<String> response =
        uploads.upload("big.pdf", "application/pdf", big, vendor.accessToken());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(http.json(response)).containsEntry("type", "urn:waibao:problem:document-too-large");
    assertThat(response.body()).contains("\"field\":\"file\"");
  }

  @Test
  void anonymousUploadsAreRefused() {
    assertThat(uploads.upload("a.pdf", "application/pdf", Uploads.pdf(), null).statusCode())
        .isEqualTo(401);
  }
}
