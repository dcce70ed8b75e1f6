package dev.waibao.reference;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

/** A client industry of the policy (finance, telecom…), named in both languages. */
@Serdeable
@MappedEntity("industry")
public record Industry(
    @Id String code,
    @MappedProperty("name_zh") String nameZh,
    @MappedProperty("name_en") String nameEn,
    @MappedProperty("sort_order") short sortOrder) {}
