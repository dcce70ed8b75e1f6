package dev.waibao.accounts.internal;

import dev.waibao.accounts.model.CreditCode;
import dev.waibao.accounts.model.EmailAddress;
import dev.waibao.accounts.model.PasswordPolicy;
import dev.waibao.audit.AuditTrail;
import dev.waibao.reference.Cities;
import dev.waibao.shared.database.Constraints;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.ProblemException.FieldError;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.MemberRole;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Self-registration: a new organisation (client, vendor or park operator; never the authority) with
 * its first user as organisation admin, signed in at once.
 */
@Singleton
class Registration {

  private final Organisations organisations;
  private final UserAccounts users;
  private final Cities cities;
  private final PasswordHasher passwords;
  private final SessionIssuer issuer;
  private final AuditTrail audit;
  private final Clock clock;

  Registration(
      Organisations organisations,
      UserAccounts users,
      Cities cities,
      PasswordHasher passwords,
      SessionIssuer issuer,
      AuditTrail audit,
      Clock clock) {
    this.organisations = organisations;
    this.users = users;
    this.cities = cities;
    this.passwords = passwords;
    this.issuer = issuer;
    this.audit = audit;
    this.clock = clock;
  }

  @Serdeable
  record OrganisationInput(
      @Nullable String kind,
      @Nullable String nameZh,
      @Nullable String nameEn,
      @Nullable String creditCode,
      @Nullable String city,
      @Nullable String contactName,
      @Nullable String contactPhone) {}

  @Serdeable
  record UserInput(
      @Nullable String email, @Nullable String password, @Nullable String displayName) {}

  @Serdeable
  record RegisterCommand(@Nullable OrganisationInput organisation, @Nullable UserInput user) {}

  @Transactional
  Session register(RegisterCommand command) {
    OrganisationInput org =
        command.organisation() == null
            ? new OrganisationInput(null, null, null, null, null, null, null)
            : command.organisation();
    UserInput input = command.user() == null ? new UserInput(null, null, null) : command.user();
    String email = EmailAddress.normalise(input.email());
    String creditCode = CreditCode.normalise(org.creditCode());
    OrganisationKind kind = validate(org, input, email, creditCode);

    if (users.existsByEmailAndRemovedAtIsNull(email)) {
      throw emailTaken();
    }
    if (organisations.existsByCreditCode(creditCode)) {
      throw organisationExists();
    }
    Instant now = clock.instant();
    Organisation organisation =
        new Organisation(
            UUID.randomUUID(),
            kind,
            org.nameZh().strip(),
            blankToNull(org.nameEn()),
            creditCode,
            org.city(),
            blankToNull(org.contactName()),
            blankToNull(org.contactPhone()),
            false,
            now,
            null);
    UserAccount user =
        new UserAccount(
            UUID.randomUUID(),
            organisation.id(),
            email,
            input.displayName().strip(),
            passwords.hash(input.password()),
            MemberRole.ORG_ADMIN,
            now,
            null,
            null);
    try {
      organisation = organisations.save(organisation);
      user = users.save(user);
    } catch (RuntimeException e) {
      if (Constraints.violatedUnique(e, "app_user_active_email")) {
        throw emailTaken();
      }
      if (Constraints.violatedUnique(e, "organisation_credit_code_key")) {
        throw organisationExists();
      }
      throw e;
    }
    Session session = issuer.issue(user, organisation, UUID.randomUUID());
    audit.record(
        session.actor(),
        "organisation.registered",
        "organisation",
        organisation.id(),
        null,
        AccountViews.organisation(organisation));
    audit.record(
        session.actor(),
        "user.created",
        "user",
        user.id(),
        null,
        AccountViews.AuditedUser.of(user));
    return session;
  }

  private OrganisationKind validate(
      OrganisationInput org, UserInput user, String email, String creditCode) {
    Violations violations = new Violations();
    OrganisationKind kind = parseKind(org.kind());
    violations.require(
        kind != null && kind.selfRegistrable(),
        "organisation.kind",
        "must be one of CLIENT, VENDOR, PARK_OPERATOR");
    violations.text("organisation.nameZh", org.nameZh(), 200);
    violations.optionalText("organisation.nameEn", blankToNull(org.nameEn()), 200);
    violations.check("organisation.creditCode", CreditCode.problemWith(creditCode));
    if (org.city() == null || org.city().isBlank()) {
      violations.add("organisation.city", "is required");
    } else {
      violations.require(
          cities.existsByCode(org.city()), "organisation.city", "is not a known city");
    }
    violations.optionalText("organisation.contactName", blankToNull(org.contactName()), 100);
    violations.optionalText("organisation.contactPhone", blankToNull(org.contactPhone()), 40);
    violations.check("user.email", EmailAddress.problemWith(email));
    violations.check("user.password", PasswordPolicy.problemWith(user.password(), email));
    violations.text("user.displayName", user.displayName(), 100);
    violations.throwIfAny();
    return kind;
  }

  private static OrganisationKind parseKind(String kind) {
    return Arrays.stream(OrganisationKind.values())
        .filter(value -> value.name().equals(kind))
        .findFirst()
        .orElse(null);
  }

  static ProblemException emailTaken() {
    return ProblemException.conflict(
        "email-taken",
        "E-mail address already registered",
        "An account with this e-mail address already exists.",
        new FieldError("user.email", "is already registered"));
  }

  private static ProblemException organisationExists() {
    return ProblemException.conflict(
        "organisation-exists",
        "Organisation already registered",
        "An organisation with this credit code is already registered; ask its administrator to invite you.",
        new FieldError("organisation.creditCode", "is already registered"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
