package dev.waibao.reference;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

/** A city of the province, named in both languages; {@code code} is what other records store. */
@Serdeable
@MappedEntity("city")
public record City(
    @Id String code,
    @MappedProperty("name_zh") String nameZh,
    @MappedProperty("name_en") String nameEn,
    @MappedProperty("sort_order") short sortOrder) {}
