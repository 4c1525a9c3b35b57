package org.openparcs.portal.audit.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.common.model.Sha256;

/**
 * Checks a trail against its chain, the recorded head and its anchors. The chain shows an edited,
 * removed or inserted record anywhere before the last record; the head shows records removed from
 * the end; each anchor shows that the trail up to it is still the one anchored, also when someone
 * rewrote the chain and the head together after it was taken.
 */
public final class TrailVerification {

  private TrailVerification() {}

  /**
   * @param trail every record in id order
   * @param head the head hash the store keeps beside the records
   * @param anchors every anchor, from the database and from the anchor file
   */
  public static ChainCheck verify(List<AuditRecord> trail, Sha256 head, List<AuditAnchor> anchors) {
    ChainCheck chain = AuditChain.verify(trail);
    if (chain instanceof ChainCheck.Broken) {
      return chain;
    }
    Sha256 last = ((ChainCheck.Intact) chain).head();
    if (!last.sameAs(head)) {
      return new ChainCheck.Broken(
          0, "the last record is not the recorded head: records were removed from the end");
    }
    Map<Long, Integer> positions = new HashMap<>();
    for (int i = 0; i < trail.size(); i++) {
      positions.put(trail.get(i).id(), i);
    }
    for (AuditAnchor anchor : anchors) {
      Integer at = positions.get(anchor.recordId());
      if (at == null) {
        return new ChainCheck.Broken(
            anchor.recordId(), "an anchored record is missing (trail cut back before an anchor)");
      }
      if (!trail.get(at).hash().sameAs(anchor.recordHash()) || at + 1 != anchor.records()) {
        return new ChainCheck.Broken(
            anchor.recordId(), "the trail up to this anchored record is not the one anchored");
      }
    }
    return chain;
  }
}
