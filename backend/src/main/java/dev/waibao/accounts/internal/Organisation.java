package dev.waibao.accounts.internal;

import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** An organisation as stored. */
@MappedEntity("organisation")
record Organisation(
    @Id UUID id,
    OrganisationKind kind,
    String nameZh,
    @Nullable String nameEn,
    String creditCode,
    String city,
    @Nullable String contactName,
    @Nullable String contactPhone,
    boolean demo,
    Instant createdAt,
    @Version Long version) {}
