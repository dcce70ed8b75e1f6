package dev.waibao.searchindex;

import static dev.waibao.searchindex.DocumentFields.copy;
import static dev.waibao.searchindex.DocumentFields.put;
import static dev.waibao.searchindex.DocumentFields.putAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * A vendor firm as the {@value #INDEX} index sees it: what clients search, filter and count by.
 *
 * <p><b>Public fields only.</b> Anyone who may search can find and count what is indexed, so the
 * backend builds this from the public profile alone: no credit code, contacts, documents, revenue
 * or bids. Certifications are the ones that count — verified and unexpired on the day the document
 * was built; the backend decides that, and re-indexes the firm when one expires.
 *
 * @param id the firm (organisation) id
 * @param version grows with every change of the profile or its certifications
 * @param nameZh legal name in Chinese, searched by free text, weighted most
 * @param nameEn legal name in English, searched by free text, weighted most
 * @param description searched by free text
 * @param capabilities capability taxonomy codes, e.g. {@code ITO.SAAS}
 * @param certifications verified, unexpired certifications as codes (e.g. {@code CMMI_5}, {@code
 *     ISO_27001})
 * @param city the city of the firm's seat
 * @param parkId the park the firm is a tenant of, or {@code null}
 * @param sizeTier derived from the headcount, e.g. {@code SMALL}, {@code SCALE}, {@code LARGE}
 * @param languages working languages, e.g. {@code zh}, {@code en}, {@code ja}
 * @param markets markets served, e.g. {@code DOMESTIC}, {@code USA}, {@code JAPAN}
 * @param headcount employees, or {@code null}
 * @param foundedYear the year the firm was founded, or {@code null}
 */
public record FirmDocument(
    String id,
    long version,
    String nameZh,
    String nameEn,
    String description,
    List<String> capabilities,
    List<String> certifications,
    String city,
    String parkId,
    String sizeTier,
    List<String> languages,
    List<String> markets,
    Long headcount,
    Long foundedYear) {

  /** The definition name and default index (alias) name of vendor firms. */
  public static final String INDEX = "vendors";

  public static final String NAME_ZH = "nameZh";
  public static final String NAME_EN = "nameEn";
  public static final String DESCRIPTION = "description";
  public static final String CAPABILITIES = "capabilities";
  public static final String CERTIFICATIONS = "certifications";
  public static final String CITY = "city";
  public static final String PARK_ID = "parkId";
  public static final String SIZE_TIER = "sizeTier";
  public static final String LANGUAGES = "languages";
  public static final String MARKETS = "markets";
  public static final String HEADCOUNT = "headcount";
  public static final String FOUNDED_YEAR = "foundedYear";

  public FirmDocument {
    Objects.requireNonNull(id, "id");
    if (nameZh == null && nameEn == null) {
      throw new IllegalArgumentException("a firm needs a Chinese or an English name");
    }
    capabilities = copy(capabilities);
    certifications = copy(certifications);
    languages = copy(languages);
    markets = copy(markets);
  }

  /** The vendors index definition, loaded once from its JSON resource. */
  public static IndexDefinition indexDefinition() {
    return Definition.VENDORS;
  }

  /** The engine-neutral document; absent values and empty lists are left out. */
  public SearchDocument toSearchDocument() {
    var fields = new LinkedHashMap<String, Object>();
    put(fields, NAME_ZH, nameZh);
    put(fields, NAME_EN, nameEn);
    put(fields, DESCRIPTION, description);
    putAll(fields, CAPABILITIES, capabilities);
    putAll(fields, CERTIFICATIONS, certifications);
    put(fields, CITY, city);
    put(fields, PARK_ID, parkId);
    put(fields, SIZE_TIER, sizeTier);
    putAll(fields, LANGUAGES, languages);
    putAll(fields, MARKETS, markets);
    put(fields, HEADCOUNT, headcount);
    put(fields, FOUNDED_YEAR, foundedYear);
    return new SearchDocument(id, version, fields);
  }

  /** Holder so the JSON is read on first use, not when the record class loads. */
  private static final class Definition {
    private static final IndexDefinition VENDORS = IndexDefinition.load(INDEX);
  }
}
