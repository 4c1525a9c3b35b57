package org.openparcs.portal.sharing.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.sharing.model.Agency;

/** The parties that may ask for ALPR data. */
public interface Agencies {

  /** Adds the agency, or updates the one with the same name; returns its id. */
  long save(Agency agency, String note, String by, Instant at);

  Optional<Agency> find(long id);

  List<Agency> all();
}
