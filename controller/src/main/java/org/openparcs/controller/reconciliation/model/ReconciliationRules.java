package org.openparcs.controller.reconciliation.model;

import java.util.List;

/** Every control, in the order the revenue issue lists them. */
public final class ReconciliationRules {

  private ReconciliationRules() {}

  /**
   * The controls in two groups of about equal cost that read different records, so that they can
   * run side by side on two connections; rules 8, 9 and 10 stay together because they share one
   * read of the period's paid stays.
   */
  public static List<List<ReconciliationRule>> groups() {
    return List.of(
        List.of(
            new GateOpenedWithoutVendRule(),
            new TailgatingRule(),
            new EntryExitPairingRule(),
            new ExitPlateMismatchRule()),
        List.of(
            new PaymentIntegrityRule(),
            new PaymentSessionRule(),
            new OverstayRule(),
            new PermitCapacityRule(),
            new LostTicketRule(),
            new ValidationRule(),
            new PlateInTwoPlacesRule()));
  }

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
