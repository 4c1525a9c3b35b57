package org.openparcs.portal.hotlist.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.hotlist.model.Disposition;
import org.openparcs.portal.hotlist.model.Hit;

/** Hot-list alerts raised at ingest, and their dispositions. */
public interface Hits {

  /** The newest hits in these garages (open ones only when asked), at most {@code limit}. */
  List<Hit> recent(List<GarageId> garages, boolean openOnly, int limit);

  Optional<Hit> find(long hitId);

  /** Records the disposition of an open hit; false when it was handled already. */
  boolean dispose(long hitId, Disposition disposition, String note, String by, Instant at);
}
