package org.openparcs.controller.plate.application;

import java.util.UUID;
import org.openparcs.controller.plate.model.PlateCorrection;

/** The audited corrections operators made to reads. */
public interface PlateCorrections {
  void save(PlateCorrection correction);

  /** The decision taken on a correction for the vehicle that waited for it. */
  void decided(UUID correctionId, UUID decisionId);
}
