package dev.waibao.documents.internal;

import dev.waibao.documents.Documents.DocumentInfo;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A document as stored: who owns it, what it is, and where its bytes are. */
@MappedEntity("document")
record DocumentRecord(
    @Id UUID id,
    UUID ownerOrganisationId,
    UUID uploadedBy,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String storageKey,
    Instant uploadedAt) {

  DocumentInfo info() {
    return new DocumentInfo(
        id, ownerOrganisationId, fileName, contentType, sizeBytes, sha256, uploadedAt);
  }
}
