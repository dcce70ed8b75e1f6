package dev.waibao.searchindex.contract;

import dev.waibao.searchindex.FirmDocument;
import dev.waibao.searchindex.SearchDocument;
import java.util.List;

/**
 * Vendor firms for search tests: sensible defaults, and only what a test cares about spelled out.
 */
public final class FirmFixture {

  private FirmFixture() {}

  /** A small firm in Harbin named after its id, at version 1. */
  public static Firm firm(String id) {
    return new Firm(id);
  }

  /** A mutable firm under construction; tests change it, then index it. */
  public static final class Firm {
    private final String id;
    private long version = 1;
    private String nameZh;
    private String nameEn;
    private String description;
    private List<String> capabilities = List.of();
    private List<String> certifications = List.of();
    private String city = "哈尔滨";
    private String parkId;
    private String sizeTier = "SMALL";
    private List<String> languages = List.of("zh");
    private List<String> markets = List.of("DOMESTIC");
    private Long headcount = 50L;
    private Long foundedYear = 2010L;

    private Firm(String id) {
      this.id = id;
      this.nameEn = "Firm " + id;
    }

    public Firm named(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
      return this;
    }

    public Firm described(String description) {
      this.description = description;
      return this;
    }

    public Firm capableOf(String... capabilities) {
      this.capabilities = List.of(capabilities);
      return this;
    }

    public Firm certified(String... certifications) {
      this.certifications = List.of(certifications);
      return this;
    }

    public Firm inCity(String city) {
      this.city = city;
      return this;
    }

    public Firm inPark(String parkId) {
      this.parkId = parkId;
      return this;
    }

    public Firm withHeadcount(long headcount, String sizeTier) {
      this.headcount = headcount;
      this.sizeTier = sizeTier;
      return this;
    }

    public Firm speaking(String... languages) {
      this.languages = List.of(languages);
      return this;
    }

    public Firm serving(String... markets) {
      this.markets = List.of(markets);
      return this;
    }

    public Firm version(long version) {
      this.version = version;
      return this;
    }

    public FirmDocument document() {
      return new FirmDocument(
          id,
          version,
          nameZh,
          nameEn,
          description,
          capabilities,
          certifications,
          city,
          parkId,
          sizeTier,
          languages,
          markets,
          headcount,
          foundedYear);
    }

    public SearchDocument searchDocument() {
      return document().toSearchDocument();
    }
  }
}
