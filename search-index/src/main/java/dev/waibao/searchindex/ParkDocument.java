package dev.waibao.searchindex;

import static dev.waibao.searchindex.DocumentFields.copy;
import static dev.waibao.searchindex.DocumentFields.put;
import static dev.waibao.searchindex.DocumentFields.putAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * A service-outsourcing park as the {@value #INDEX} index sees it: what firms looking for space
 * search, filter and count by.
 *
 * <p><b>Public fields only.</b> Anyone who may search can find what is indexed, so the backend
 * builds this from the public park directory alone: no contacts, no tenants' leases.
 *
 * @param id the park id
 * @param version grows with every change of the park or its space units
 * @param nameZh name in Chinese, searched by free text, weighted most
 * @param nameEn name in English, searched by free text, weighted most
 * @param description searched by free text
 * @param city the park's city
 * @param level {@code ORDINARY}, {@code PROVINCIAL_DEMONSTRATION} or {@code NATIONAL_DEMONSTRATION}
 * @param focusCategories capability taxonomy codes the park focuses on
 * @param availableArea floor area in m² of the units available now, or {@code null}
 * @param availableSeats seats of the units available now, or {@code null}
 */
public record ParkDocument(
    String id,
    long version,
    String nameZh,
    String nameEn,
    String description,
    String city,
    String level,
    List<String> focusCategories,
    Long availableArea,
    Long availableSeats) {

  /** The definition name and default index (alias) name of parks. */
  public static final String INDEX = "parks";

  public static final String NAME_ZH = "nameZh";
  public static final String NAME_EN = "nameEn";
  public static final String DESCRIPTION = "description";
  public static final String CITY = "city";
  public static final String LEVEL = "level";
  public static final String FOCUS_CATEGORIES = "focusCategories";
  public static final String AVAILABLE_AREA = "availableArea";
  public static final String AVAILABLE_SEATS = "availableSeats";

  public ParkDocument {
    Objects.requireNonNull(id, "id");
    if (nameZh == null && nameEn == null) {
      throw new IllegalArgumentException("a park needs a Chinese or an English name");
    }
    focusCategories = copy(focusCategories);
  }

  /** The parks index definition, loaded once from its JSON resource. */
  public static IndexDefinition indexDefinition() {
    return Definition.PARKS;
  }

  /** The engine-neutral document; absent values and empty lists are left out. */
  public SearchDocument toSearchDocument() {
    var fields = new LinkedHashMap<String, Object>();
    put(fields, NAME_ZH, nameZh);
    put(fields, NAME_EN, nameEn);
    put(fields, DESCRIPTION, description);
    put(fields, CITY, city);
    put(fields, LEVEL, level);
    putAll(fields, FOCUS_CATEGORIES, focusCategories);
    put(fields, AVAILABLE_AREA, availableArea);
    put(fields, AVAILABLE_SEATS, availableSeats);
    return new SearchDocument(id, version, fields);
  }

  /** Holder so the JSON is read on first use, not when the record class loads. */
  private static final class Definition {
    private static final IndexDefinition PARKS = IndexDefinition.load(INDEX);
  }
}
