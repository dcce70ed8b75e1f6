package dev.waibao.documents.internal;

import dev.waibao.audit.AuditTrail;
import dev.waibao.documents.DocumentStore;
import dev.waibao.documents.DocumentType;
import dev.waibao.documents.Documents;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploads and downloads. A document is readable by the organisation that uploaded it and by the
 * authority; for anyone else it does not exist.
 */
@Singleton
class DocumentService implements Documents {

  private static final int MAX_FILE_NAME = 200;

  private final DocumentRecords records;
  private final DocumentStore store;
  private final DocumentSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  DocumentService(
      DocumentRecords records,
      DocumentStore store,
      DocumentSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.records = records;
    this.store = store;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** A readable document with a way to its bytes. */
  record Download(DocumentInfo info, InputStream content) {}

  @Override
  @Transactional
  public DocumentInfo upload(
      Actor actor, String field, String fileName, String declaredType, byte[] bytes) {
    String name = fileName == null ? "" : baseName(fileName);
    new Violations()
        .require(bytes != null && bytes.length > 0, field, "is required and must not be empty")
        .text(field + ".name", name, MAX_FILE_NAME)
        .throwIfAny();
    if (bytes.length > settings.maxBytes()) {
      throw DocumentProblem.tooLarge(field, settings.maxBytes());
    }
    DocumentType actual =
        DocumentType.sniff(bytes)
            .orElseThrow(
                () -> DocumentProblem.unsupported(field, "must be a PDF, PNG or JPEG file"));
    Optional<DocumentType> declared = DocumentType.ofMediaType(declaredType);
    if ((declared.isPresent() && declared.get() != actual)
        || (declared.isEmpty() && !isGeneric(declaredType))
        || !actual.fitsFileName(name)) {
      throw DocumentProblem.unsupported(
          field, "is not what its name or type claims: its content is " + actual.mediaType());
    }
    UUID id = UUID.randomUUID();
    var now = clock.instant();
    String key = now.atOffset(ZoneOffset.UTC).getYear() + "/" + actor.organisationId() + "/" + id;
    DocumentRecord record =
        new DocumentRecord(
            id,
            actor.organisationId(),
            actor.userId(),
            name.strip(),
            actual.mediaType(),
            bytes.length,
            sha256(bytes),
            key,
            now);
    try {
      store.put(key, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store document " + id, e);
    }
    records.save(record);
    audit.record(actor, "document.uploaded", "document", id, null, record.info());
    return record.info();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DocumentInfo> findOwned(Actor actor, UUID documentId) {
    return records
        .findById(documentId)
        .filter(record -> actor.belongsTo(record.ownerOrganisationId()))
        .map(DocumentRecord::info);
  }

  @Transactional(readOnly = true)
  DocumentInfo describe(Actor actor, UUID documentId) {
    return readable(actor, documentId).info();
  }

  @Transactional(readOnly = true)
  Download download(Actor actor, UUID documentId) {
    DocumentRecord record = readable(actor, documentId);
    try {
      return new Download(record.info(), store.open(record.storageKey()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read document " + documentId, e);
    }
  }

  private DocumentRecord readable(Actor actor, UUID documentId) {
    return records
        .findById(documentId)
        .filter(record -> actor.isAuthority() || actor.belongsTo(record.ownerOrganisationId()))
        .orElseThrow(() -> ProblemException.notFound("The document"));
  }

  /** Browsers send this when they do not know a file's type; the content then decides. */
  private static boolean isGeneric(String declaredType) {
    return declaredType == null
        || declaredType.isBlank()
        || declaredType.startsWith("application/octet-stream");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** File names as browsers send them may carry a client path; only the last segment counts. */
  private static String baseName(String raw) {
    String name = raw.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
