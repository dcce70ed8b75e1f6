package dev.waibao.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code generate} makes: how many of each, the random seed, and where it writes the access
 * tokens and tender ids the load scripts use.
 *
 * @param benchTenders open tenders without requirements, which every generated vendor may bid on
 * @param benchVendors vendors whose access tokens are written for the bid load
 * @param out file for the load scripts (tab-separated: kind, value), or null for none
 * @param indexOnly generate nothing, only index the public tenders already in the database (e.g.
 *     into a second engine)
 */
public record GenerateOptions(
    int parks,
    int vendors,
    int clients,
    int tenders,
    int bids,
    int benchTenders,
    int benchVendors,
    long seed,
    boolean index,
    Path out,
    boolean indexOnly) {

  public static final String USAGE =
      """
      usage: generate [--parks 100] [--vendors 100000] [--clients N] [--tenders 1000000]
                      [--bids 3000000] [--bench-tenders 50] [--bench-vendors 500]
                      [--seed 42] [--no-index] [--out bench.tsv]
             generate --index-only
      """;

  public GenerateOptions {
    List<String> problems = new ArrayList<>();
    positive("parks", parks, problems);
    positive("vendors", vendors, problems);
    positive("clients", clients, problems);
    positive("tenders", tenders, problems);
    if (bids < 0 || benchTenders < 0 || benchVendors < 0) {
      problems.add("counts must not be negative");
    }
    if (benchTenders > tenders) {
      problems.add("--bench-tenders must not exceed --tenders");
    }
    if (benchVendors > vendors) {
      problems.add("--bench-vendors must not exceed --vendors");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems) + "\n" + USAGE);
    }
  }

  /** Parses the arguments after {@code generate}. */
  public static GenerateOptions parse(List<String> args) {
    int parks = 100;
    int vendors = 100_000;
    Integer clients = null;
    int tenders = 1_000_000;
    int bids = 3_000_000;
    int benchTenders = 50;
    int benchVendors = 500;
    long seed = 42;
    boolean index = true;
    Path out = null;
    boolean indexOnly = false;
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if ("--no-index".equals(name)) {
        index = false;
        continue;
      }
      if ("--index-only".equals(name)) {
        indexOnly = true;
        continue;
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("missing value after " + name + "\n" + USAGE);
      }
      String value = args.get(++i);
      try {
        switch (name) {
          case "--parks" -> parks = Integer.parseInt(value);
          case "--vendors" -> vendors = Integer.parseInt(value);
          case "--clients" -> clients = Integer.parseInt(value);
          case "--tenders" -> tenders = Integer.parseInt(value);
          case "--bids" -> bids = Integer.parseInt(value);
          case "--bench-tenders" -> benchTenders = Integer.parseInt(value);
          case "--bench-vendors" -> benchVendors = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--out" -> out = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a number, was " + value + "\n" + USAGE);
      }
    }
    int clientCount = clients != null ? clients : Math.max(1, tenders / 200);
    return new GenerateOptions(
        parks,
        vendors,
        clientCount,
        tenders,
        bids,
        Math.min(benchTenders, tenders),
        Math.min(benchVendors, vendors),
        seed,
        index,
        out,
        indexOnly);
  }

  private static void positive(String name, int value, List<String> problems) {
    if (value < 1) {
      problems.add("--" + name + " must be at least 1");
    }
  }
}
