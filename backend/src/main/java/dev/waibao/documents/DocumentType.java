package dev.waibao.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file Waibao accepts, recognised by their first bytes (magic numbers), so a file that
 * merely claims to be a PDF is not taken for one.
 */
public enum DocumentType {
  PDF("application/pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String mediaType;
  private final Set<String> extensions;
  private final byte[] magic;

  DocumentType(String mediaType, Set<String> extensions, byte[] magic) {
    this.mediaType = mediaType;
    this.extensions = extensions;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  /** What the content itself is, or empty when it is none of the accepted kinds. */
  public static Optional<DocumentType> sniff(byte[] content) {
    return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
  }

  /** The type a media type names (parameters ignored), if it is one of the accepted kinds. */
  public static Optional<DocumentType> ofMediaType(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    String normalised =
        bare.equals("image/jpg") || bare.equals("image/pjpeg") ? "image/jpeg" : bare;
    return Arrays.stream(values()).filter(type -> type.mediaType.equals(normalised)).findFirst();
  }

  /** Whether {@code fileName}'s extension fits this type (a name without extension fits any). */
  public boolean fitsFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return true;
    }
    return extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private boolean startsOf(byte[] content) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
