package dev.waibao.reference;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The capability taxonomy in its current version: groups (ITO, BPO, later e.g. KPO) of capability
 * codes with Chinese and English names. Features store the codes and ask here whether one is valid.
 */
@Singleton
public class CapabilityTaxonomy {

  private final DSLContext sql;

  CapabilityTaxonomy(DSLContext sql) {
    this.sql = sql;
  }

  /** One capability of the taxonomy. */
  @Serdeable
  public record Capability(String code, String group, String nameZh, String nameEn) {}

  /** A group of capabilities, such as ITO. */
  @Serdeable
  public record Group(String code, String nameZh, String nameEn, List<Capability> capabilities) {}

  /** The taxonomy as published: its version and its groups in their customary order. */
  @Serdeable
  public record Taxonomy(int version, List<Group> groups) {}

  /** The current taxonomy: capabilities not retired in or before the current version. */
  @Transactional(readOnly = true)
  public Taxonomy current() {
    int version = currentVersion();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Record row :
        sql.fetch("SELECT code, name_zh, name_en FROM capability_group ORDER BY sort_order")) {
      String code = row.get(0, String.class);
      groups.put(
          code,
          new Group(code, row.get(1, String.class), row.get(2, String.class), new ArrayList<>()));
    }
    for (Capability capability : activeCapabilities(version)) {
      groups.get(capability.group()).capabilities().add(capability);
    }
    return new Taxonomy(
        version,
        groups.values().stream()
            .map(g -> new Group(g.code(), g.nameZh(), g.nameEn(), List.copyOf(g.capabilities())))
            .toList());
  }

  /** The codes a profile, park or tender may use today. */
  @Transactional(readOnly = true)
  public Set<String> activeCodes() {
    return activeCapabilities(currentVersion()).stream()
        .map(Capability::code)
        .collect(Collectors.toUnmodifiableSet());
  }

  private int currentVersion() {
    Integer version =
        sql.fetchOne("SELECT max(version) FROM capability_taxonomy_version").get(0, Integer.class);
    return version == null ? 0 : version;
  }

  private List<Capability> activeCapabilities(int version) {
    return sql.fetch(
            """
            SELECT code, group_code, name_zh, name_en FROM capability
            WHERE introduced_in <= ? AND (retired_in IS NULL OR retired_in > ?)
            ORDER BY sort_order
            """,
            version,
            version)
        .map(
            row ->
                new Capability(
                    row.get(0, String.class),
                    row.get(1, String.class),
                    row.get(2, String.class),
                    row.get(3, String.class)));
  }
}
