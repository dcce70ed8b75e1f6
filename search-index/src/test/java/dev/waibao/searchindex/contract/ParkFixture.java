package dev.waibao.searchindex.contract;

import dev.waibao.searchindex.ParkDocument;
import dev.waibao.searchindex.SearchDocument;
import java.util.List;

/** Parks for search tests: sensible defaults, and only what a test cares about spelled out. */
public final class ParkFixture {

  private ParkFixture() {}

  /** An ordinary park in Harbin named after its id, at version 1. */
  public static Park park(String id) {
    return new Park(id);
  }

  /** A mutable park under construction; tests change it, then index it. */
  public static final class Park {
    private final String id;
    private long version = 1;
    private String nameZh;
    private String nameEn;
    private String description;
    private String city = "哈尔滨";
    private String level = "ORDINARY";
    private List<String> focusCategories = List.of();
    private Long availableArea;
    private Long availableSeats;

    private Park(String id) {
      this.id = id;
      this.nameEn = "Park " + id;
    }

    public Park named(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
      return this;
    }

    public Park described(String description) {
      this.description = description;
      return this;
    }

    public Park inCity(String city) {
      this.city = city;
      return this;
    }

    public Park atLevel(String level) {
      this.level = level;
      return this;
    }

    public Park focusedOn(String... categories) {
      this.focusCategories = List.of(categories);
      return this;
    }

    public Park offering(Long availableArea, Long availableSeats) {
      this.availableArea = availableArea;
      this.availableSeats = availableSeats;
      return this;
    }

    public ParkDocument document() {
      return new ParkDocument(
          id,
          version,
          nameZh,
          nameEn,
          description,
          city,
          level,
          focusCategories,
          availableArea,
          availableSeats);
    }

    public SearchDocument searchDocument() {
      return document().toSearchDocument();
    }
  }
}
