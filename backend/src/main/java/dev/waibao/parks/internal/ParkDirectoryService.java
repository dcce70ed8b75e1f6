package dev.waibao.parks.internal;

import dev.waibao.parks.ParkDirectory;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class ParkDirectoryService implements ParkDirectory {

  private final Parks parks;

  ParkDirectoryService(Parks parks) {
    this.parks = parks;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ParkReference> find(UUID parkId) {
    return parks.findById(parkId).map(ParkDirectoryService::reference);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ParkReference> inCity(String city) {
    return parks.findByCityOrderByNameZh(city).stream()
        .map(ParkDirectoryService::reference)
        .toList();
  }

  private static ParkReference reference(Park park) {
    return new ParkReference(
        park.id(),
        park.operatorOrganisationId(),
        park.nameZh(),
        park.nameEn(),
        park.city(),
        park.level());
  }
}
