package org.openparcs.controller.reconciliation.application;

import java.util.function.Function;
import org.openparcs.controller.reconciliation.model.GarageRecords;

/** Reads the garage's records for a reconciliation, all from one consistent view. */
public interface PeriodRecords {
  <T> T read(Function<GarageRecords, T> work);
}
