package dev.waibao.tenders.application;

import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.tenders.infrastructure.BidStore;
import dev.waibao.tenders.infrastructure.Notifications;
import dev.waibao.tenders.infrastructure.TenderStore;
import dev.waibao.tenders.model.Tender;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Clarification Q&A: vendors ask until the clarification deadline; the client answers; answers are
 * published to everyone without the asker's identity.
 */
@Singleton
public class Clarifications {

  private final TenderStore tenders;
  private final BidStore bids;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final DSLContext sql;
  private final Clock clock;

  Clarifications(
      TenderStore tenders,
      BidStore bids,
      Notifications notifications,
      AuditTrail audit,
      DSLContext sql,
      Clock clock) {
    this.tenders = tenders;
    this.bids = bids;
    this.notifications = notifications;
    this.audit = audit;
    this.sql = sql;
    this.clock = clock;
  }

  @Serdeable
  public record QuestionCommand(@Nullable String question) {}

  @Serdeable
  public record AnswerCommand(@Nullable String answer) {}

  /** A question as everyone sees it: never who asked. */
  @Serdeable
  public record PublishedQuestion(
      UUID id,
      String question,
      Instant askedAt,
      @Nullable String answer,
      @Nullable Instant answeredAt,
      boolean askedByYou) {}

  @Transactional
  public PublishedQuestion ask(Actor actor, UUID tenderId, QuestionCommand command) {
    Bidding.requireVendor(actor);
    Tender tender =
        tenders
            .lockShared(tenderId)
            .filter(t -> t.status().isPublic())
            .orElseThrow(() -> ProblemException.notFound("The tender"));
    Instant now = clock.instant();
    if (!tender.acceptsQuestionsAt(now)) {
      throw ProblemException.conflict(
          "clarification-closed", "Questions are closed", "The clarification deadline has passed.");
    }
    new Violations().text("question", command.question(), 4000).throwIfAny();
    UUID id = UUID.randomUUID();
    sql.execute(
        """
        INSERT INTO tender_question (id, tender_id, asked_by_organisation_id, asked_by, question, asked_at)
        VALUES (?, ?, ?, ?, ?, CAST(? AS timestamptz))
        """,
        id,
        tenderId,
        actor.organisationId(),
        actor.userId(),
        command.question().strip(),
        now.atOffset(java.time.ZoneOffset.UTC));
    notifications.send(
        List.of(tender.clientOrganisationId()),
        "QUESTION_ASKED",
        tenderId,
        Map.of("title", tender.title()));
    audit.record(
        actor, "tender.question-asked", "tender_question", id, null, Map.of("tenderId", tenderId));
    return new PublishedQuestion(id, command.question().strip(), now, null, null, true);
  }

  @Transactional
  public PublishedQuestion answer(
      Actor actor, UUID tenderId, UUID questionId, AnswerCommand command) {
    Tender tender = Tenders.owned(actor, tenders.lock(tenderId));
    new Violations().text("answer", command.answer(), 8000).throwIfAny();
    Instant now = clock.instant();
    int updated =
        sql.execute(
            """
        UPDATE tender_question SET answer = ?, answered_by = ?, answered_at = CAST(? AS timestamptz)
        WHERE id = ? AND tender_id = ?
        """,
            command.answer().strip(),
            actor.userId(),
            now.atOffset(java.time.ZoneOffset.UTC),
            questionId,
            tenderId);
    if (updated == 0) {
      throw ProblemException.notFound("The question");
    }
    List<UUID> audience = new ArrayList<>(bids.biddingVendors(tenderId));
    audience.addAll(
        sql.fetch(
                "SELECT DISTINCT asked_by_organisation_id FROM tender_question WHERE tender_id = ?",
                tenderId)
            .map(row -> row.get(0, UUID.class)));
    notifications.send(audience, "ANSWER_PUBLISHED", tenderId, Map.of("title", tender.title()));
    audit.record(
        actor,
        "tender.question-answered",
        "tender_question",
        questionId,
        null,
        Map.of("answer", command.answer().strip()));
    return questions(actor, tenderId).stream()
        .filter(q -> q.id().equals(questionId))
        .findFirst()
        .orElseThrow();
  }

  /** Every question of a published tender with its answer, anonymous; the caller's own marked. */
  @Transactional(readOnly = true)
  public List<PublishedQuestion> questions(@Nullable Actor actor, UUID tenderId) {
    return sql.fetch(
            """
            SELECT id, question, asked_at, answer, answered_at, asked_by_organisation_id
            FROM tender_question WHERE tender_id = ? ORDER BY asked_at, id
            """,
            tenderId)
        .map(
            row ->
                new PublishedQuestion(
                    row.get(0, UUID.class),
                    row.get(1, String.class),
                    row.get(2, OffsetDateTime.class).toInstant(),
                    row.get(3, String.class),
                    row.get(4, OffsetDateTime.class) == null
                        ? null
                        : row.get(4, OffsetDateTime.class).toInstant(),
                    actor != null && actor.belongsTo(row.get(5, UUID.class))));
  }
}
