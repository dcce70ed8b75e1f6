package dev.waibao.testing;

import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.MemberRole;
import dev.waibao.shared.security.OrganisationKind;
import dev.waibao.tenders.application.Tenders;
import dev.waibao.tenders.model.TenderInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tenders drafted, published and amended through the application service, with every real write
 * (outbox included), for tests that need hundreds of them; the HTTP path is covered elsewhere.
 */
public final class ServiceTenders {

  private final Tenders tenders;
  private final Clock clock;
  private final Actor client;

  public ServiceTenders(Tenders tenders, Clock clock, Accounts.SignedIn client) {
    this.tenders = tenders;
    this.clock = clock;
    this.client =
        new Actor(
            UUID.fromString(client.userId()),
            UUID.fromString(client.organisationId()),
            OrganisationKind.CLIENT,
            MemberRole.ORG_ADMIN);
  }

  /** Drafts and publishes a tender titled {@code title}; returns its id. */
  public UUID publish(String title) {
    UUID id = tenders.create(client, input(title)).id();
    tenders.publish(client, id);
    return id;
  }

  /** Amends a published tender's title (an immaterial amendment). */
  public void retitle(UUID id, String title) {
    tenders.update(
        client,
        id,
        new TenderInput(
            title, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null));
  }

  private TenderInput input(String title) {
    Instant deadline = clock.instant().plus(Duration.ofDays(30));
    return new TenderInput(
        title,
        "为零售银行提供7x24小时呼叫中心服务，中英双语。",
        "FINANCE",
        "harbin",
        "ONSHORE",
        BigDecimal.valueOf(500_000),
        BigDecimal.valueOf(2_000_000),
        BigDecimal.valueOf(2_500_000),
        null,
        null,
        null,
        100,
        0,
        deadline.minus(Duration.ofDays(1)),
        deadline,
        null,
        60,
        null,
        List.of("BPO_CALL_CENTRE"),
        List.of("zh", "en"),
        List.of(new TenderInput.CertificationInput("ISO_IEC_27001", null)),
        List.of(
            new TenderInput.CriterionInput("技术方案 Technical approach", 30),
            new TenderInput.CriterionInput("服务经验 Experience", 10)),
        List.of());
  }
}
