package dev.waibao.firms.internal;

import java.util.Arrays;

/** Reads an enum constant from request text; null for anything else, so validation can name it. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value))
        .findFirst()
        .orElse(null);
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
