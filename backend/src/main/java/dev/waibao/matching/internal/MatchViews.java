package dev.waibao.matching.internal;

import dev.waibao.matching.model.Scoring;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the matching API answers. */
final class MatchViews {

  private MatchViews() {}

  /**
   * A hard requirement not met: {@code capability} (a taxonomy code), {@code language} (ISO 639),
   * {@code certification} ({@code TYPE} or {@code TYPE:minimumLevel}) or {@code headcount} (the
   * minimum).
   */
  @Serdeable
  record Unmet(String requirement, String value) {}

  @Serdeable
  record Part(String name, double weight, double value, double points, boolean computed) {
    static Part of(Scoring.Part part) {
      return new Part(part.name(), part.weight(), part.value(), part.points(), part.computed());
    }
  }

  /** A vendor ranked for a tender. */
  @Serdeable
  record VendorMatch(
      int rank,
      UUID vendorId,
      String nameZh,
      @Nullable String nameEn,
      @Nullable String city,
      int headcount,
      boolean eligible,
      double total,
      List<Part> parts,
      List<Unmet> unmet,
      @Nullable Instant invitedAt) {}

  /** An active tender ranked for a vendor. */
  @Serdeable
  record TenderMatch(
      int rank,
      UUID tenderId,
      String title,
      @Nullable String city,
      @Nullable Instant bidDeadline,
      boolean eligible,
      double total,
      List<Part> parts,
      List<Unmet> unmet,
      @Nullable Instant invitedAt) {}

  /**
   * One page of a ranking.
   *
   * @param total how many candidates are ranked (eligible and near-misses)
   * @param eligible how many of them meet every hard requirement
   * @param textComputed whether the search engine compared the texts of this page
   */
  @Serdeable
  record Ranking<T>(
      List<T> items, int page, int size, long total, long eligible, boolean textComputed) {}

  @Serdeable
  record Invitation(UUID tenderId, UUID vendorId, Instant invitedAt, boolean created) {}
}
