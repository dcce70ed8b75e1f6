package dev.waibao.parks.internal;

/** How optional texts from forms are stored: stripped, and blank as absent. */
final class Text {

  private Text() {}

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
