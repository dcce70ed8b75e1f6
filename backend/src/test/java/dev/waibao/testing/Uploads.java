package dev.waibao.testing;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/** Uploads files as a browser's form does (multipart/form-data), and sample files to upload. */
public final class Uploads {

  private final Http http;

  public Uploads(Http http) {
    this.http = http;
  }

  /** A minimal PDF: what matters to Waibao is that it starts like one. */
  public static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    byte[] bytes =
        Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 64);
    return bytes;
  }

  public HttpResponse<String> upload(
      String fileName, String contentType, byte[] content, String accessToken) {
    String boundary = "----waibao" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        http.request("/api/documents")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    return http.send(request);
  }
}
