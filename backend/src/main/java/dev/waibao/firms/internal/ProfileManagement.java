package dev.waibao.firms.internal;

import dev.waibao.accounts.OrganisationDirectory;
import dev.waibao.audit.AuditTrail;
import dev.waibao.firms.model.Market;
import dev.waibao.firms.model.RevenueBand;
import dev.waibao.firms.model.ValueBand;
import dev.waibao.parks.ParkDirectory;
import dev.waibao.reference.CapabilityTaxonomy;
import dev.waibao.reference.Cities;
import dev.waibao.reference.Industries;
import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.FirmDocument;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * A vendor keeps its profile: created on its first save, replaced whole on each later one (its
 * lists included), audited before and after.
 */
@Singleton
class ProfileManagement {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private final VendorProfiles profiles;
  private final OrganisationDirectory organisations;
  private final ParkDirectory parks;
  private final Cities cities;
  private final Industries industries;
  private final CapabilityTaxonomy taxonomy;
  private final AuditTrail audit;
  private final DSLContext sql;
  private final SearchOutbox search;
  private final Clock clock;

  ProfileManagement(
      VendorProfiles profiles,
      OrganisationDirectory organisations,
      ParkDirectory parks,
      Cities cities,
      Industries industries,
      CapabilityTaxonomy taxonomy,
      AuditTrail audit,
      DSLContext sql,
      SearchOutbox search,
      Clock clock) {
    this.profiles = profiles;
    this.organisations = organisations;
    this.parks = parks;
    this.cities = cities;
    this.industries = industries;
    this.taxonomy = taxonomy;
    this.audit = audit;
    this.sql = sql;
    this.search = search;
    this.clock = clock;
  }

  /** The audited state of a profile: its row and its lists. */
  @Serdeable
  record ProfileState(
      VendorProfile profile,
      List<ProfileInput.CapabilityInput> capabilities,
      List<String> languages,
      List<String> markets,
      List<ProfileInput.CaseStudyInput> caseStudies) {}

  static void requireVendor(Actor actor) {
    if (actor.kind() != OrganisationKind.VENDOR) {
      throw ProblemException.forbidden("Only vendors keep a vendor profile.");
    }
  }

  @Transactional
  void save(Actor actor, ProfileInput input) {
    requireVendor(actor);
    validate(input);
    var organisation = organisations.find(actor.organisationId()).orElseThrow();
    Instant now = clock.instant();
    var existing = profiles.findById(actor.organisationId());
    ProfileState before = existing.map(this::state).orElse(null);
    VendorProfile profile =
        new VendorProfile(
            actor.organisationId(),
            input.legalNameZh().strip(),
            Enums.blankToNull(input.legalNameEn()),
            organisation.creditCode(),
            input.city(),
            input.parkId(),
            input.headcount(),
            input.foundedYear() == null ? null : input.foundedYear().shortValue(),
            Enums.parse(RevenueBand.class, input.revenueBand()),
            Enums.blankToNull(input.description()),
            existing.map(VendorProfile::demo).orElse(false),
            existing.map(VendorProfile::createdAt).orElse(now),
            now,
            existing.map(VendorProfile::version).orElse(null));
    VendorProfile saved = existing.isPresent() ? profiles.update(profile) : profiles.save(profile);
    replaceLists(saved, input);
    search.changedAndCounted(FirmDocument.INDEX, saved.organisationId());
    audit.record(
        actor,
        existing.isPresent() ? "vendor-profile.updated" : "vendor-profile.created",
        "vendor-profile",
        saved.organisationId(),
        before,
        state(saved));
  }

  private void validate(ProfileInput input) {
    Violations v = new Violations();
    v.text("legalNameZh", input.legalNameZh(), 200);
    v.optionalText("legalNameEn", Enums.blankToNull(input.legalNameEn()), 200);
    if (input.city() == null || input.city().isBlank()) {
      v.add("city", "is required");
    } else {
      v.require(cities.existsByCode(input.city()), "city", "is not a known city");
    }
    v.require(
        input.parkId() == null || parks.find(input.parkId()).isPresent(),
        "parkId",
        "is not a known park");
    v.require(
        input.headcount() != null && input.headcount() >= 0 && input.headcount() <= 1_000_000,
        "headcount",
        "must be between 0 and 1000000");
    int thisYear = FirmsCalendar.today(clock).getYear();
    v.require(
        input.foundedYear() == null
            || (input.foundedYear() >= 1900 && input.foundedYear() <= thisYear),
        "foundedYear",
        "must be between 1900 and " + thisYear);
    v.require(
        input.revenueBand() == null
            || input.revenueBand().isBlank()
            || Enums.parse(RevenueBand.class, input.revenueBand()) != null,
        "revenueBand",
        "must be one of " + Enums.names(RevenueBand.class));
    Set<String> known = taxonomy.activeCodes();
    Set<String> seen = new HashSet<>();
    List<ProfileInput.CapabilityInput> capabilities = input.capabilityList();
    v.require(capabilities.size() <= 50, "capabilities", "must be at most 50");
    for (int i = 0; i < capabilities.size(); i++) {
      ProfileInput.CapabilityInput capability = capabilities.get(i);
      String path = "capabilities[" + i + "]";
      if (capability == null) {
        v.add(path, "is required");
        continue;
      }
      if (capability.code() == null || !known.contains(capability.code())) {
        v.add(path + ".code", "is not a capability code of the taxonomy");
      } else if (!seen.add(capability.code())) {
        v.add(path + ".code", "is listed twice");
      }
      v.require(
          capability.yearsOfExperience() != null
              && capability.yearsOfExperience() >= 0
              && capability.yearsOfExperience() <= 100,
          path + ".yearsOfExperience",
          "must be between 0 and 100");
    }
    Set<String> languages = new HashSet<>();
    for (int i = 0; i < input.languageList().size(); i++) {
      String language = input.languageList().get(i);
      String path = "languages[" + i + "]";
      if (language == null || !LANGUAGE.matcher(language).matches()) {
        v.add(path, "must be an ISO 639-1 code such as zh, en or ja");
      } else if (!languages.add(language)) {
        v.add(path, "is listed twice");
      }
    }
    Set<String> markets = new HashSet<>();
    for (int i = 0; i < input.marketList().size(); i++) {
      String market = input.marketList().get(i);
      String path = "markets[" + i + "]";
      if (Enums.parse(Market.class, market) == null) {
        v.add(path, "must be one of " + Enums.names(Market.class));
      } else if (!markets.add(market)) {
        v.add(path, "is listed twice");
      }
    }
    List<ProfileInput.CaseStudyInput> cases = input.caseStudyList();
    v.require(cases.size() <= 30, "caseStudies", "must be at most 30");
    for (int i = 0; i < cases.size(); i++) {
      ProfileInput.CaseStudyInput study = cases.get(i);
      String path = "caseStudies[" + i + "]";
      if (study == null) {
        v.add(path, "is required");
        continue;
      }
      v.text(path + ".title", study.title(), 200);
      v.require(
          study.clientIndustry() != null && industries.existsByCode(study.clientIndustry()),
          path + ".clientIndustry",
          "is not a known client industry");
      v.require(
          study.year() != null && study.year() >= 1900 && study.year() <= thisYear,
          path + ".year",
          "must be between 1900 and " + thisYear);
      v.require(
          Enums.parse(ValueBand.class, study.valueBand()) != null,
          path + ".valueBand",
          "must be one of " + Enums.names(ValueBand.class));
    }
    v.optionalText("description", Enums.blankToNull(input.description()), 4000);
    v.throwIfAny();
  }

  private void replaceLists(VendorProfile profile, ProfileInput input) {
    var id = profile.organisationId();
    sql.execute("DELETE FROM vendor_capability WHERE organisation_id = ?", id);
    sql.execute("DELETE FROM vendor_language WHERE organisation_id = ?", id);
    sql.execute("DELETE FROM vendor_market WHERE organisation_id = ?", id);
    sql.execute("DELETE FROM vendor_case_study WHERE organisation_id = ?", id);
    var batch = new java.util.ArrayList<org.jooq.Query>();
    for (ProfileInput.CapabilityInput capability : input.capabilityList()) {
      batch.add(
          sql.query(
              "INSERT INTO vendor_capability (organisation_id, capability_code,"
                  + " years_of_experience) VALUES (?, ?, ?)",
              id,
              capability.code(),
              capability.yearsOfExperience().shortValue()));
    }
    for (String language : input.languageList()) {
      batch.add(
          sql.query(
              "INSERT INTO vendor_language (organisation_id, language) VALUES (?, ?)",
              id,
              language.toLowerCase(Locale.ROOT)));
    }
    for (String market : input.marketList()) {
      batch.add(
          sql.query(
              "INSERT INTO vendor_market (organisation_id, market) VALUES (?, ?)", id, market));
    }
    List<ProfileInput.CaseStudyInput> cases = input.caseStudyList();
    for (int i = 0; i < cases.size(); i++) {
      ProfileInput.CaseStudyInput study = cases.get(i);
      batch.add(
          sql.query(
              "INSERT INTO vendor_case_study (organisation_id, position, title, client_industry,"
                  + " year, value_band) VALUES (?, ?, ?, ?, ?, ?)",
              id,
              (short) i,
              study.title().strip(),
              study.clientIndustry(),
              study.year().shortValue(),
              study.valueBand()));
    }
    if (!batch.isEmpty()) {
      sql.batch(batch).execute();
    }
  }

  ProfileState state(VendorProfile profile) {
    var id = profile.organisationId();
    return new ProfileState(
        profile,
        sql.fetch(
                "SELECT capability_code, years_of_experience FROM vendor_capability"
                    + " WHERE organisation_id = ? ORDER BY capability_code",
                id)
            .map(
                r ->
                    new ProfileInput.CapabilityInput(
                        r.get(0, String.class), r.get(1, Integer.class))),
        sql.fetch(
                "SELECT language FROM vendor_language WHERE organisation_id = ? ORDER BY language",
                id)
            .map(r -> r.get(0, String.class)),
        sql.fetch("SELECT market FROM vendor_market WHERE organisation_id = ? ORDER BY market", id)
            .map(r -> r.get(0, String.class)),
        sql.fetch(
                "SELECT title, client_industry, year, value_band FROM vendor_case_study"
                    + " WHERE organisation_id = ? ORDER BY position",
                id)
            .map(
                r ->
                    new ProfileInput.CaseStudyInput(
                        r.get(0, String.class),
                        r.get(1, String.class),
                        r.get(2, Integer.class),
                        r.get(3, String.class))));
  }
}
