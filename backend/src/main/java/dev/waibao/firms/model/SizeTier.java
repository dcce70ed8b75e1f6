package dev.waibao.firms.model;

/**
 * A firm's size as the policy counts it, derived from headcount, never entered: a scale firm has at
 * least 800 staff, a large backbone firm at least 3,000 (the policy counts those among the scale
 * firms too); the tiers here are exclusive so every firm has exactly one.
 */
public enum SizeTier {
  /** Fewer than 800 staff. */
  SMALL(0, SizeTier.SCALE_MIN),
  /** A scale firm (规模企业): 800 to 2,999 staff. */
  SCALE(SizeTier.SCALE_MIN, SizeTier.LARGE_MIN),
  /** A large backbone firm (大型骨干企业): 3,000 staff or more. */
  LARGE(SizeTier.LARGE_MIN, Integer.MAX_VALUE);

  public static final int SCALE_MIN = 800;
  public static final int LARGE_MIN = 3000;

  private final int minHeadcount;
  private final int maxHeadcountExclusive;

  SizeTier(int minHeadcount, int maxHeadcountExclusive) {
    this.minHeadcount = minHeadcount;
    this.maxHeadcountExclusive = maxHeadcountExclusive;
  }

  public static SizeTier of(int headcount) {
    if (headcount >= LARGE_MIN) {
      return LARGE;
    }
    return headcount >= SCALE_MIN ? SCALE : SMALL;
  }

  public int minHeadcount() {
    return minHeadcount;
  }

  public int maxHeadcountExclusive() {
    return maxHeadcountExclusive;
  }
}
