package dev.waibao.searchindex;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tender as the {@value #INDEX} index sees it: what vendors search and filter by. The backend
 * builds it from its read model; sealed bid contents never belong here.
 *
 * @param id the tender id
 * @param version the tender row's version, so stale writes lose
 * @param title searched by free text, weighted most
 * @param description searched by free text
 * @param categories capability taxonomy codes, e.g. {@code BPO.CALL_CENTRE}
 * @param industry the client's industry code
 * @param city where the work is done or the client sits
 * @param deliveryMode e.g. {@code ONSITE}, {@code REMOTE}, {@code HYBRID}
 * @param status lifecycle status, e.g. {@code PUBLISHED}
 * @param budgetMin lower budget bound in CNY, or {@code null}
 * @param budgetMax upper budget bound in CNY, or {@code null}
 * @param bidDeadline when bidding closes, or {@code null}
 * @param publishedAt when the tender was published, or {@code null}
 */
public record TenderDocument(
    String id,
    long version,
    String title,
    String description,
    List<String> categories,
    String industry,
    String city,
    String deliveryMode,
    String status,
    Long budgetMin,
    Long budgetMax,
    Instant bidDeadline,
    Instant publishedAt) {

  /** The definition name and default index name of tenders. */
  public static final String INDEX = "tenders";

  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String CATEGORIES = "categories";
  public static final String INDUSTRY = "industry";
  public static final String CITY = "city";
  public static final String DELIVERY_MODE = "deliveryMode";
  public static final String STATUS = "status";
  public static final String BUDGET_MIN = "budgetMin";
  public static final String BUDGET_MAX = "budgetMax";
  public static final String BID_DEADLINE = "bidDeadline";
  public static final String PUBLISHED_AT = "publishedAt";

  public TenderDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /** The tenders index definition, loaded once from its JSON resource. */
  public static IndexDefinition indexDefinition() {
    return Definition.TENDERS;
  }

  /** The engine-neutral document; absent values are left out. */
  public SearchDocument toSearchDocument() {
    var fields = new LinkedHashMap<String, Object>();
    put(fields, TITLE, title);
    put(fields, DESCRIPTION, description);
    if (!categories.isEmpty()) {
      fields.put(CATEGORIES, categories);
    }
    put(fields, INDUSTRY, industry);
    put(fields, CITY, city);
    put(fields, DELIVERY_MODE, deliveryMode);
    put(fields, STATUS, status);
    put(fields, BUDGET_MIN, budgetMin);
    put(fields, BUDGET_MAX, budgetMax);
    put(fields, BID_DEADLINE, bidDeadline);
    put(fields, PUBLISHED_AT, publishedAt);
    return new SearchDocument(id, version, fields);
  }

  private static void put(Map<String, Object> fields, String name, Object value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  /** Holder so the JSON is read on first use, not when the record class loads. */
  private static final class Definition {
    private static final IndexDefinition TENDERS = IndexDefinition.load(INDEX);
  }
}
