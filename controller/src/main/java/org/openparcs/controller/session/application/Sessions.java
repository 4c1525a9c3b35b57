package org.openparcs.controller.session.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.session.model.ClosedSession;
import org.openparcs.controller.session.model.OpenSession;

/** The garage's parking sessions. At most one open session per plate. */
public interface Sessions {
  Optional<OpenSession> openFor(PlateText plate);

  /**
   * The open sessions whose plate compared as {@code comparison} says is one of {@code keys}: the
   * sessions a read may stand for.
   */
  List<OpenSession> openNear(Set<String> keys, PlateComparison comparison);

  void open(OpenSession session);

  /**
   * Opens the session unless its plate has one open already (which then stays): false in that case.
   * Stores that enforce one open session per plate by a unique key override this to let the key
   * decide, without locking the plate's empty slot first (two lanes doing that at once deadlock).
   */
  default boolean openUnlessOpen(OpenSession session) {
    if (openFor(session.plate()).isPresent()) {
      return false;
    }
    open(session);
    return true;
  }

  void close(ClosedSession session);
}
