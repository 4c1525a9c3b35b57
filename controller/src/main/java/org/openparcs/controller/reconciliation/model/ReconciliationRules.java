package org.openparcs.controller.reconciliation.model;

import java.util.List;

/** Every control, in the order the revenue issue lists them. */
public final class ReconciliationRules {

  private ReconciliationRules() {}

  public static List<ReconciliationRule> all() {
    return List.of(
        new GateOpenedWithoutVendRule(),
        new EntryExitPairingRule(),
        new TailgatingRule(),
        new PermitCapacityRule(),
        new ExitPlateMismatchRule(),
        new LostTicketRule(),
        new ValidationRule(),
        new PaymentIntegrityRule(),
        new PaymentSessionRule(),
        new OverstayRule(),
        new PlateInTwoPlacesRule());
  }
}
