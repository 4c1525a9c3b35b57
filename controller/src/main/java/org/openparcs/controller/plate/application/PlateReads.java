package org.openparcs.controller.plate.application;

import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.plate.model.PlateRead;

/** Where plate reads are kept. */
public interface PlateReads {
  void save(PlateRead read);

  Optional<PlateRead> find(UUID id);
}
