package dev.waibao.firms.internal;

import dev.waibao.firms.model.RevenueBand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A vendor organisation's profile as stored; its lists live in child tables. */
@Serdeable
@MappedEntity("vendor_profile")
record VendorProfile(
    @Id UUID organisationId,
    String legalNameZh,
    @Nullable String legalNameEn,
    String creditCode,
    String city,
    @Nullable UUID parkId,
    int headcount,
    @Nullable Short foundedYear,
    @Nullable RevenueBand revenueBand,
    @Nullable String description,
    boolean demo,
    Instant createdAt,
    Instant updatedAt,
    @Version Long version) {}
