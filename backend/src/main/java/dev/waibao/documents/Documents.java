package dev.waibao.documents;

import dev.waibao.shared.security.Actor;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What other features may ask of documents. */
public interface Documents {

  /**
   * Stores an upload for the actor's organisation after checking its size and that its content is
   * what its declared type and file name say (413 and 415 problems naming {@code field}).
   */
  DocumentInfo upload(
      Actor actor, String field, String fileName, String declaredType, byte[] bytes);

  /** A document the actor's organisation owns; empty for anyone else's or a missing one. */
  Optional<DocumentInfo> findOwned(Actor actor, UUID documentId);

  /** A stored document's description, without its bytes. */
  @Serdeable
  record DocumentInfo(
      UUID id,
      UUID ownerOrganisationId,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt) {}
}
