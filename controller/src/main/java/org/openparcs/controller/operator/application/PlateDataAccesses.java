package org.openparcs.controller.operator.application;

import org.openparcs.controller.operator.model.PlateDataAccess;

/** The record of accesses to plate data at this garage (POLICY T1). */
public interface PlateDataAccesses {
  void save(PlateDataAccess access);
}
