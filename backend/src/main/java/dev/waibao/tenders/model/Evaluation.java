package dev.waibao.tenders.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The published arithmetic of evaluation: price score = lowest valid price / bid price × price
 * weight; quality score = Σ score/100 × criterion weight; total = price + quality (of 100).
 */
public final class Evaluation {

  private Evaluation() {}

  /** A bid as evaluation sees it: its price and the client's quality scores by criterion. */
  public record Entry(UUID bidId, BigDecimal price, Map<Integer, Integer> scores) {}

  /** A bid's result, to two decimals. */
  public record Result(
      UUID bidId, BigDecimal priceScore, BigDecimal qualityScore, BigDecimal total, int rank) {}

  public static List<Result> rank(
      List<Entry> bids, int priceWeight, List<Tender.Criterion> criteria) {
    BigDecimal lowest =
        bids.stream().map(Entry::price).min(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
    List<Result> scored =
        bids.stream()
            .map(
                bid -> {
                  BigDecimal price =
                      lowest
                          .multiply(BigDecimal.valueOf(priceWeight))
                          .divide(bid.price(), 6, RoundingMode.HALF_UP);
                  BigDecimal quality = BigDecimal.ZERO;
                  for (int i = 0; i < criteria.size(); i++) {
                    int score = bid.scores().getOrDefault(i, 0);
                    quality =
                        quality.add(
                            BigDecimal.valueOf((long) score * criteria.get(i).weight())
                                .divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP));
                  }
                  return new Result(
                      bid.bidId(), round(price), round(quality), round(price.add(quality)), 0);
                })
            .sorted(
                Comparator.comparing(Result::total)
                    .reversed()
                    .thenComparing(r -> r.bidId().toString()))
            .toList();
    return java.util.stream.IntStream.range(0, scored.size())
        .mapToObj(
            i -> {
              Result r = scored.get(i);
              return new Result(r.bidId(), r.priceScore(), r.qualityScore(), r.total(), i + 1);
            })
        .toList();
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
