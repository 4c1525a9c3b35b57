package org.openparcs.controller.plate.application;

import org.openparcs.controller.plate.model.PlateRead;

/** Where plate reads are kept. */
public interface PlateReads {
  void save(PlateRead read);
}
