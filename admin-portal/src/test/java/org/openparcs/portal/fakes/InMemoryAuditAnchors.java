package org.openparcs.portal.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.audit.application.AuditAnchors;
import org.openparcs.portal.audit.model.AuditAnchor;

/** Anchors in a list. */
public final class InMemoryAuditAnchors implements AuditAnchors {

  private final List<AuditAnchor> anchors = new ArrayList<>();

  @Override
  public void add(AuditAnchor anchor) {
    anchors.add(anchor);
  }

  @Override
  public Optional<AuditAnchor> latest() {
    return anchors.isEmpty() ? Optional.empty() : Optional.of(anchors.get(anchors.size() - 1));
  }

  @Override
  public List<AuditAnchor> all() {
    return List.copyOf(anchors);
  }
}
