package dev.waibao.firms.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A certification as the vendor enters it, with the id of an uploaded document. */
@Serdeable
record CertificationInput(
    @Nullable String type,
    @Nullable String otherName,
    @Nullable Integer level,
    @Nullable String certificateNumber,
    @Nullable String issuer,
    @Nullable LocalDate issuedOn,
    @Nullable LocalDate expiresOn,
    @Nullable UUID documentId) {}
