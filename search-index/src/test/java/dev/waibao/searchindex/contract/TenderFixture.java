package dev.waibao.searchindex.contract;

import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.TenderDocument;
import java.time.Instant;
import java.util.List;

/** Tenders for search tests: sensible defaults, and only what a test cares about spelled out. */
public final class TenderFixture {

  /** A fixed "now", so dates in tests do not depend on the clock. */
  public static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  private TenderFixture() {}

  /** A published remote tender in Hangzhou, titled after its id, at version 1. */
  public static Tender tender(String id) {
    return new Tender(id);
  }

  /** A call-centre outsourcing tender, the scenario of the policy's BPO examples. */
  public static Tender callCentreTender(String id) {
    return tender(id)
        .titled("呼叫中心外包服务")
        .described("为银行客户提供7x24小时呼叫中心坐席服务")
        .inCategories("BPO.CALL_CENTRE");
  }

  /** A mutable tender under construction; tests change it, then index it. */
  public static final class Tender {
    private final String id;
    private long version = 1;
    private String title;
    private String description;
    private String clientId;
    private String clientName;
    private List<String> categories = List.of();
    private String industry = "FINANCE";
    private String city = "杭州";
    private String deliveryMode = "REMOTE";
    private String status = "PUBLISHED";
    private List<String> requiredCertifications = List.of();
    private List<String> requiredLanguages = List.of();
    private Long minHeadcount;
    private Long budgetMin;
    private Long budgetMax;
    private Instant bidDeadline;
    private Instant publishedAt = NOW;

    private Tender(String id) {
      this.id = id;
      this.title = "Tender " + id;
    }

    public Tender version(long version) {
      this.version = version;
      return this;
    }

    public Tender titled(String title) {
      this.title = title;
      return this;
    }

    public Tender described(String description) {
      this.description = description;
      return this;
    }

    public Tender fromClient(String clientId, String clientName) {
      this.clientId = clientId;
      this.clientName = clientName;
      return this;
    }

    public Tender requiring(String... certifications) {
      this.requiredCertifications = List.of(certifications);
      return this;
    }

    public Tender inLanguages(String... languages) {
      this.requiredLanguages = List.of(languages);
      return this;
    }

    public Tender withMinHeadcount(Long minHeadcount) {
      this.minHeadcount = minHeadcount;
      return this;
    }

    public Tender inCategories(String... categories) {
      this.categories = List.of(categories);
      return this;
    }

    public Tender forIndustry(String industry) {
      this.industry = industry;
      return this;
    }

    public Tender inCity(String city) {
      this.city = city;
      return this;
    }

    public Tender deliveredAs(String deliveryMode) {
      this.deliveryMode = deliveryMode;
      return this;
    }

    public Tender withStatus(String status) {
      this.status = status;
      return this;
    }

    public Tender budget(Long min, Long max) {
      this.budgetMin = min;
      this.budgetMax = max;
      return this;
    }

    public Tender closingAt(Instant bidDeadline) {
      this.bidDeadline = bidDeadline;
      return this;
    }

    public Tender publishedAt(Instant publishedAt) {
      this.publishedAt = publishedAt;
      return this;
    }

    public TenderDocument document() {
      return new TenderDocument(
          id,
          version,
          title,
          description,
          clientId,
          clientName,
          categories,
          industry,
          city,
          deliveryMode,
          status,
          requiredCertifications,
          requiredLanguages,
          minHeadcount,
          budgetMin,
          budgetMax,
          bidDeadline,
          publishedAt);
    }

    public SearchDocument searchDocument() {
      return document().toSearchDocument();
    }
  }
}
