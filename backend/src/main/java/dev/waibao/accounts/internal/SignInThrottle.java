package dev.waibao.accounts.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;

/**
 * Counts failed sign-ins per e-mail address and per client address in the database, so the limit
 * holds across every application instance. A subject over its limit is blocked for a while, whether
 * or not the e-mail address belongs to an account.
 */
@Singleton
class SignInThrottle {

  private final DSLContext sql;
  private final AccountsSettings settings;
  private final Clock clock;

  SignInThrottle(DSLContext sql, AccountsSettings settings, Clock clock) {
    this.sql = sql;
    this.settings = settings;
    this.clock = clock;
  }

  static String emailSubject(String email) {
    return "email:" + email;
  }

  static String addressSubject(String address) {
    return "address:" + address;
  }

  /** How long the longest block among {@code subjects} still lasts, if any is blocked. */
  @Transactional(readOnly = true)
  Optional<Duration> remainingBlock(Collection<String> subjects) {
    Instant now = clock.instant();
    return sql.fetchOptional(
            "SELECT max(blocked_until) FROM sign_in_throttle WHERE subject = ANY(?) AND blocked_until > CAST(? AS timestamptz)",
            subjects.toArray(String[]::new),
            utc(now))
        .map(row -> ((Record1<?>) row).get(0, OffsetDateTime.class))
        .map(until -> Duration.between(now, until.toInstant()));
  }

  /** Counts one failure against the e-mail address and the client address, in its own commit. */
  @Transactional
  void recordFailure(String email, String address) {
    count(emailSubject(email), settings.failuresPerAccount());
    count(addressSubject(address), settings.failuresPerAddress());
  }

  /** A successful sign-in forgives the account's earlier failures (not the address's). */
  @Transactional
  void clear(String email) {
    sql.execute("DELETE FROM sign_in_throttle WHERE subject = ?", emailSubject(email));
  }

  private void count(String subject, int limit) {
    Instant now = clock.instant();
    OffsetDateTime windowStart = utc(now.minus(settings.failureWindow()));
    OffsetDateTime blockedUntil = utc(now.plus(settings.blockDuration()));
    sql.execute(
        """
        INSERT INTO sign_in_throttle AS t (subject, failures, window_started_at, blocked_until)
        VALUES (?, 1, CAST(? AS timestamptz), CASE WHEN 1 >= ? THEN CAST(? AS timestamptz) END)
        ON CONFLICT (subject) DO UPDATE SET
          failures = CASE WHEN t.window_started_at <= CAST(? AS timestamptz) THEN 1 ELSE t.failures + 1 END,
          window_started_at = CASE WHEN t.window_started_at <= CAST(? AS timestamptz) THEN excluded.window_started_at
                                   ELSE t.window_started_at END,
          blocked_until = CASE
            WHEN (CASE WHEN t.window_started_at <= CAST(? AS timestamptz) THEN 1 ELSE t.failures + 1 END) >= ? THEN CAST(? AS timestamptz)
            ELSE t.blocked_until END
        """,
        subject,
        utc(now),
        limit,
        blockedUntil,
        windowStart,
        windowStart,
        windowStart,
        limit,
        blockedUntil);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
