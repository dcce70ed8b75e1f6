package dev.waibao.searchindex;

import static dev.waibao.searchindex.DocumentFields.copy;
import static dev.waibao.searchindex.DocumentFields.put;
import static dev.waibao.searchindex.DocumentFields.putAll;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * A tender as the {@value #INDEX} index sees it: what vendors search, filter and count by.
 *
 * <p><b>Public fields only.</b> Whatever is indexed can be found, counted and shown by anyone who
 * may search, so the backend builds this from the published tender alone: drafts are never indexed,
 * and nothing about bids — not their content, their existence or their number — ever belongs here.
 *
 * @param id the tender id
 * @param version the tender row's version, so stale writes lose
 * @param title searched by free text, weighted most
 * @param description searched by free text
 * @param clientId the issuing client organisation's id, to list a client's tenders
 * @param clientName the issuing client's public name, searched by free text
 * @param categories capability taxonomy codes, e.g. {@code BPO.CALL_CENTRE}
 * @param industry the client's industry code, e.g. {@code FINANCE}
 * @param city where the work is done or the client sits
 * @param deliveryMode e.g. {@code ONSHORE}, {@code OFFSHORE}, {@code NEARSHORE}
 * @param status public lifecycle status: {@code ACTIVE}, {@code EVALUATION}, {@code AWARDED},
 *     {@code UNSUCCESSFUL} or {@code CANCELLED}
 * @param requiredCertifications certifications a bidder must hold, as codes the backend chooses
 *     (e.g. {@code CMMI_3} for CMMI level 3 or above)
 * @param requiredLanguages languages a bidder must offer
 * @param minHeadcount the smallest headcount a bidder may have, or {@code null}
 * @param budgetMin lower budget bound in CNY, or {@code null}
 * @param budgetMax upper budget bound in CNY, or {@code null}; {@link #BUDGET_BANDS} counts it
 * @param bidDeadline when bidding closes, or {@code null}
 * @param publishedAt when the tender was published, or {@code null}
 */
public record TenderDocument(
    String id,
    long version,
    String title,
    String description,
    String clientId,
    String clientName,
    List<String> categories,
    String industry,
    String city,
    String deliveryMode,
    String status,
    List<String> requiredCertifications,
    List<String> requiredLanguages,
    Long minHeadcount,
    Long budgetMin,
    Long budgetMax,
    Instant bidDeadline,
    Instant publishedAt) {

  /** The definition name and default index (alias) name of tenders. */
  public static final String INDEX = "tenders";

  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String CLIENT_ID = "clientId";
  public static final String CLIENT_NAME = "clientName";
  public static final String CATEGORIES = "categories";
  public static final String INDUSTRY = "industry";
  public static final String CITY = "city";
  public static final String DELIVERY_MODE = "deliveryMode";
  public static final String STATUS = "status";
  public static final String REQUIRED_CERTIFICATIONS = "requiredCertifications";
  public static final String REQUIRED_LANGUAGES = "requiredLanguages";
  public static final String MIN_HEADCOUNT = "minHeadcount";
  public static final String BUDGET_MIN = "budgetMin";
  public static final String BUDGET_MAX = "budgetMax";
  public static final String BID_DEADLINE = "bidDeadline";
  public static final String PUBLISHED_AT = "publishedAt";

  /**
   * Budget bands of the search page, counted on the upper budget bound in CNY: below 100 thousand,
   * 100 thousand to 1 million, 1 to 10 million, 10 million and more (lower bounds inclusive).
   * Tenders without a budget fall into none.
   */
  public static final Facet.Ranges BUDGET_BANDS =
      Facet.ranges(
          BUDGET_MAX,
          Facet.Range.below("UNDER_100K", 100_000L),
          Facet.Range.between("100K_TO_1M", 100_000L, 1_000_000L),
          Facet.Range.between("1M_TO_10M", 1_000_000L, 10_000_000L),
          Facet.Range.atLeast("10M_AND_MORE", 10_000_000L));

  public TenderDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    categories = copy(categories);
    requiredCertifications = copy(requiredCertifications);
    requiredLanguages = copy(requiredLanguages);
  }

  /** The tenders index definition, loaded once from its JSON resource. */
  public static IndexDefinition indexDefinition() {
    return Definition.TENDERS;
  }

  /** The engine-neutral document; absent values and empty lists are left out. */
  public SearchDocument toSearchDocument() {
    var fields = new LinkedHashMap<String, Object>();
    put(fields, TITLE, title);
    put(fields, DESCRIPTION, description);
    put(fields, CLIENT_ID, clientId);
    put(fields, CLIENT_NAME, clientName);
    putAll(fields, CATEGORIES, categories);
    put(fields, INDUSTRY, industry);
    put(fields, CITY, city);
    put(fields, DELIVERY_MODE, deliveryMode);
    put(fields, STATUS, status);
    putAll(fields, REQUIRED_CERTIFICATIONS, requiredCertifications);
    putAll(fields, REQUIRED_LANGUAGES, requiredLanguages);
    put(fields, MIN_HEADCOUNT, minHeadcount);
    put(fields, BUDGET_MIN, budgetMin);
    put(fields, BUDGET_MAX, budgetMax);
    put(fields, BID_DEADLINE, bidDeadline);
    put(fields, PUBLISHED_AT, publishedAt);
    return new SearchDocument(id, version, fields);
  }

  /** Holder so the JSON is read on first use, not when the record class loads. */
  private static final class Definition {
    private static final IndexDefinition TENDERS = IndexDefinition.load(INDEX);
  }
}
