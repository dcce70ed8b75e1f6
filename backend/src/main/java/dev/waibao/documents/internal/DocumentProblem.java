package dev.waibao.documents.internal;

import dev.waibao.shared.problem.ProblemException;
import java.util.List;

/** The problems an upload can have that are not plain validation: too large, not what it says. */
final class DocumentProblem extends ProblemException {

  private DocumentProblem(String slug, int status, String title, String detail, String field) {
    super(slug, status, title, detail, List.of(new FieldError(field, detail)), null);
  }

  static DocumentProblem tooLarge(String field, long maxBytes) {
    return new DocumentProblem(
        "document-too-large",
        413,
        "Document too large",
        "must be at most " + maxBytes + " bytes",
        field);
  }

  static DocumentProblem unsupported(String field, String detail) {
    return new DocumentProblem(
        "unsupported-document-type", 415, "Unsupported document type", detail, field);
  }
}
