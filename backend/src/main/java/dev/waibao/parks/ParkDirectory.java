package dev.waibao.parks;

import dev.waibao.parks.model.ParkLevel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other features may ask of parks. */
public interface ParkDirectory {

  /** A park's public identity, if it exists. */
  Optional<ParkReference> find(UUID parkId);

  /** The parks in a city, by name. */
  List<ParkReference> inCity(String city);

  /** A park as other features see it. */
  record ParkReference(
      UUID id,
      UUID operatorOrganisationId,
      String nameZh,
      String nameEn,
      String city,
      ParkLevel level) {}
}
