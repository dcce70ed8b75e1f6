package dev.waibao.tenders.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a tender is in its life; the transitions are the only ways to move. */
public enum TenderStatus {
  DRAFT,
  ACTIVE,
  EVALUATION,
  AWARDED,
  UNSUCCESSFUL,
  CANCELLED;

  public Set<TenderStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(ACTIVE, CANCELLED);
      case ACTIVE -> EnumSet.of(EVALUATION, UNSUCCESSFUL, CANCELLED);
      case EVALUATION -> EnumSet.of(AWARDED, UNSUCCESSFUL, CANCELLED);
      case AWARDED, UNSUCCESSFUL, CANCELLED -> EnumSet.noneOf(TenderStatus.class);
    };
  }

  public boolean canMoveTo(TenderStatus target) {
    return next().contains(target);
  }

  /** Visible to everyone once published; a draft is its client's alone. */
  public boolean isPublic() {
    return this != DRAFT;
  }
}
