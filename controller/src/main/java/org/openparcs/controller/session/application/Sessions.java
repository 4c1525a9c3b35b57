package org.openparcs.controller.session.application;

import java.util.Optional;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.session.model.ClosedSession;
import org.openparcs.controller.session.model.OpenSession;

/** The garage's parking sessions. At most one open session per plate. */
public interface Sessions {
  Optional<OpenSession> openFor(PlateText plate);

  void open(OpenSession session);

  void close(ClosedSession session);
}
