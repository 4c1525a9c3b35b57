package org.openparcs.portal.fakes;

import java.util.List;
import java.util.Set;
import org.openparcs.policy.catalog.ProfileCatalog;
import org.openparcs.policy.model.ProhibitedUse;
import org.openparcs.portal.plate.model.Purpose;
import org.openparcs.portal.user.model.Role;

/** A configured list of purposes for tests. */
public final class Purposes {

  public static final List<Purpose> LIST =
      List.of(
          new Purpose(
              "parking-enforcement",
              "Enforcement",
              false,
              Set.of(Role.COORDINATOR, Role.OPERATOR, Role.VENDOR)),
          new Purpose(
              "transaction-audit",
              "Audit of transactions",
              false,
              Set.of(Role.COORDINATOR, Role.REVENUE_AUDITOR)),
          new Purpose("law-enforcement", "Law enforcement", true, Set.of(Role.COORDINATOR)));

  /** The prohibited uses every shipped profile carries (POLICY U2). */
  public static final List<ProhibitedUse> PROHIBITED =
      ProfileCatalog.standard().find("SJ-PARK").orElseThrow().prohibited();

  private Purposes() {}
}
