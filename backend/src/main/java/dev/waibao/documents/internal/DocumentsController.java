package dev.waibao.documents.internal;

import dev.waibao.documents.Documents.DocumentInfo;
import dev.waibao.shared.security.Actor;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Uploading a document for one's organisation, and reading it back where allowed. */
@Controller("/api/documents")
@Tag(name = "Documents")
class DocumentsController {

  private final DocumentService documents;

  DocumentsController(DocumentService documents) {
    this.documents = documents;
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Upload a PDF, PNG or JPEG (multipart field `file`) for one's organisation")
  DocumentInfo upload(Authentication authentication, @Part("file") CompletedFileUpload file) {
    try {
      return documents.upload(
          Actor.of(authentication),
          "file",
          file.getFilename(),
          file.getContentType().map(MediaType::toString).orElse(null),
          file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get("/{id}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "A document's description: for its owner and the authority")
  DocumentInfo describe(Authentication authentication, @PathVariable UUID id) {
    return documents.describe(Actor.of(authentication), id);
  }

  @Get("/{id}/content")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "A document's bytes, as an attachment: for its owner and the authority")
  HttpResponse<StreamedFile> content(Authentication authentication, @PathVariable UUID id) {
    DocumentService.Download download = documents.download(Actor.of(authentication), id);
    DocumentInfo info = download.info();
    String encoded = URLEncoder.encode(info.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return HttpResponse.ok(new StreamedFile(download.content(), MediaType.of(info.contentType())))
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("Cache-Control", "private, no-store");
  }
}
