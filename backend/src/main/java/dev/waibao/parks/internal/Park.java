package dev.waibao.parks.internal;

import dev.waibao.parks.model.ParkLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A park as stored. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("park")
record Park(
    @Id UUID id,
    UUID operatorOrganisationId,
    String nameZh,
    @Nullable String nameEn,
    String city,
    String address,
    ParkLevel level,
    @Nullable LocalDate levelDecidedOn,
    @Nullable String levelDecisionNumber,
    BigDecimal totalArea,
    BigDecimal leasableArea,
    int seats,
    BigDecimal baseRent,
    @Nullable String contactName,
    @Nullable String contactPhone,
    @Nullable String contactEmail,
    @Nullable String description,
    boolean demo,
    Instant createdAt,
    Instant updatedAt,
    @Version Long version) {

  /** The same park with the operator's editable details replaced. */
  Park withDetails(ParkInput input, Instant now) {
    return new Park(
        id,
        operatorOrganisationId,
        input.nameZh().strip(),
        Text.blankToNull(input.nameEn()),
        input.city(),
        input.address().strip(),
        level,
        levelDecidedOn,
        levelDecisionNumber,
        input.totalArea(),
        input.leasableArea(),
        input.seats(),
        input.baseRent(),
        Text.blankToNull(input.contactName()),
        Text.blankToNull(input.contactPhone()),
        Text.blankToNull(input.contactEmail()),
        Text.blankToNull(input.description()),
        demo,
        createdAt,
        now,
        version);
  }

  Park withLevel(ParkLevel newLevel, LocalDate decidedOn, String decisionNumber, Instant now) {
    return new Park(
        id,
        operatorOrganisationId,
        nameZh,
        nameEn,
        city,
        address,
        newLevel,
        decidedOn,
        decisionNumber,
        totalArea,
        leasableArea,
        seats,
        baseRent,
        contactName,
        contactPhone,
        contactEmail,
        description,
        demo,
        createdAt,
        now,
        version);
  }
}
