package dev.waibao.accounts.internal;

import dev.waibao.accounts.model.CreditCode;
import dev.waibao.accounts.model.EmailAddress;
import dev.waibao.accounts.model.PasswordPolicy;
import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.security.MemberRole;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, at start-up, what cannot be created through sign-up: the authority's organisation and
 * first administrator (from configured credentials), and in embedded mode a few demonstration
 * accounts of every kind. Safe to run on several instances at once and on every start.
 */
@Singleton
class AccountsBootstrap {

  /** Documented in the README: every demonstration account signs in with it. */
  static final String DEMO_PASSWORD = "Waibao-demo-2026";

  private static final Logger LOG = LoggerFactory.getLogger(AccountsBootstrap.class);
  private static final long LOCK_KEY = 0x5741_4942_414fL;

  private final Organisations organisations;
  private final UserAccounts users;
  private final PasswordHasher passwords;
  private final AuditTrail audit;
  private final DSLContext sql;
  private final Clock clock;
  private final String authorityEmail;
  private final String authorityPassword;
  private final boolean demo;

  AccountsBootstrap(
      Organisations organisations,
      UserAccounts users,
      PasswordHasher passwords,
      AuditTrail audit,
      DSLContext sql,
      Clock clock,
      @Value("${waibao.bootstrap.authority.email:}") @Nullable String authorityEmail,
      @Value("${waibao.bootstrap.authority.password:}") @Nullable String authorityPassword,
      @Value("${waibao.demo.enabled:false}") boolean demo) {
    this.organisations = organisations;
    this.users = users;
    this.passwords = passwords;
    this.audit = audit;
    this.sql = sql;
    this.clock = clock;
    this.authorityEmail = EmailAddress.normalise(authorityEmail);
    this.authorityPassword = authorityPassword;
    this.demo = demo;
  }

  private record Seed(
      OrganisationKind kind,
      String nameZh,
      String nameEn,
      String creditCodeStem,
      String city,
      List<SeedUser> users) {}

  private record SeedUser(String email, String displayName, MemberRole role) {}

  private static final List<Seed> DEMO =
      List.of(
          new Seed(
              OrganisationKind.AUTHORITY,
              "黑龙江省商务厅（演示）",
              "Heilongjiang Department of Commerce (demo)",
              "11230000MB1A0000",
              "harbin",
              List.of(
                  new SeedUser("authority@demo.waibao.example", "省商务厅管理员", MemberRole.ORG_ADMIN))),
          new Seed(
              OrganisationKind.CLIENT,
              "龙江示范银行股份有限公司（演示）",
              "Longjiang Demo Bank Co., Ltd. (demo)",
              "91230100MB1C0001",
              "harbin",
              List.of(
                  new SeedUser("client@demo.waibao.example", "采购部 王经理", MemberRole.ORG_ADMIN),
                  new SeedUser("client.member@demo.waibao.example", "采购部 李专员", MemberRole.MEMBER))),
          new Seed(
              OrganisationKind.VENDOR,
              "哈尔滨示范软件外包有限公司（演示）",
              "Harbin Demo Software Outsourcing Co., Ltd. (demo)",
              "91230100MB1W0002",
              "harbin",
              List.of(
                  new SeedUser("vendor@demo.waibao.example", "商务部 张总监", MemberRole.ORG_ADMIN),
                  new SeedUser("vendor.member@demo.waibao.example", "投标专员 刘工", MemberRole.MEMBER))),
          new Seed(
              OrganisationKind.PARK_OPERATOR,
              "大庆服务外包产业园运营有限公司（演示）",
              "Daqing Service Outsourcing Park Operations Co., Ltd. (demo)",
              "91230600MB1P0003",
              "daqing",
              List.of(new SeedUser("park@demo.waibao.example", "园区招商 赵主任", MemberRole.ORG_ADMIN))));

  @EventListener
  void onStartup(StartupEvent event) {
    if (authorityEmail != null && !authorityEmail.isEmpty()) {
      bootstrapAuthority();
    }
    if (demo) {
      seedDemo();
    }
  }

  @Transactional
  void bootstrapAuthority() {
    lock();
    if (users.existsByEmailAndRemovedAtIsNull(authorityEmail)) {
      return;
    }
    PasswordPolicy.problemWith(authorityPassword, authorityEmail)
        .ifPresent(
            problem -> {
              throw new IllegalStateException("WAIBAO_BOOTSTRAP_AUTHORITY_PASSWORD " + problem);
            });
    Seed seed =
        new Seed(
            OrganisationKind.AUTHORITY,
            "黑龙江省商务厅",
            "Heilongjiang Provincial Department of Commerce",
            "11230000MB1A0001",
            "harbin",
            List.of());
    Organisation authority =
        organisations
            .findByCreditCode(creditCode(seed.creditCodeStem()))
            .orElseGet(() -> create(seed, false));
    createUser(
        authority,
        new SeedUser(authorityEmail, "省商务厅管理员", MemberRole.ORG_ADMIN),
        authorityPassword);
    LOG.info("Created the authority administrator {}", authorityEmail);
  }

  @Transactional
  void seedDemo() {
    lock();
    for (Seed seed : DEMO) {
      if (organisations.existsByCreditCode(creditCode(seed.creditCodeStem()))) {
        continue;
      }
      Organisation organisation = create(seed, true);
      for (SeedUser user : seed.users()) {
        if (!users.existsByEmailAndRemovedAtIsNull(user.email())) {
          createUser(organisation, user, DEMO_PASSWORD);
        }
      }
      LOG.info("Demonstration organisation {} created", seed.nameEn());
    }
  }

  private Organisation create(Seed seed, boolean demoData) {
    Organisation organisation =
        organisations.save(
            new Organisation(
                UUID.randomUUID(),
                seed.kind(),
                seed.nameZh(),
                seed.nameEn(),
                creditCode(seed.creditCodeStem()),
                seed.city(),
                null,
                null,
                demoData,
                clock.instant(),
                null));
    audit.record(
        null,
        "organisation.registered",
        "organisation",
        organisation.id(),
        null,
        AccountViews.organisation(organisation));
    return organisation;
  }

  private void createUser(Organisation organisation, SeedUser seed, String password) {
    UserAccount user =
        users.save(
            new UserAccount(
                UUID.randomUUID(),
                organisation.id(),
                seed.email(),
                seed.displayName(),
                passwords.hash(password),
                seed.role(),
                clock.instant(),
                null,
                null));
    audit.record(null, "user.created", "user", user.id(), null, AccountViews.AuditedUser.of(user));
  }

  /** One instance at a time seeds; the others find the work done. */
  private void lock() {
    sql.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
  }

  private static String creditCode(String stem) {
    String first17 = stem + "0".repeat(17 - stem.length());
    return first17 + CreditCode.checkCharacter(first17);
  }
}
