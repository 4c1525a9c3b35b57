package org.openparcs.controller.reconciliation.model;

/**
 * The kinds of finding, each under the numbered control of the revenue issue it implements ({@link
 * #control()}).
 */
public enum RuleCode {
  GATE_OPENED_WITHOUT_VEND(1),
  EXIT_WITHOUT_ENTRY(2),
  ENTRY_WITHOUT_EXIT(2),
  TAILGATING(3),
  PERMIT_OVER_CAPACITY(4),
  EXIT_PLATE_MISMATCH(5),
  LOST_TICKET_RATIO(6),
  LOST_TICKET_WITH_ENTRY(6),
  VALIDATION_MISFIT(7),
  MERCHANT_ABOVE_NORM(7),
  CASHIER_VOID(8),
  NIL_PAYMENT(8),
  OVERRIDE(8),
  UNDER_RING(8),
  PAYMENT_WITHOUT_SESSION(9),
  DOUBLE_PAYMENT(9),
  OVERSTAY_AFTER_PAYMENT(10),
  PLATE_IN_TWO_PLACES(11);

  private final int control;

  RuleCode(int control) {
    this.control = control;
  }

  /** The number of the control (1-11) in the revenue issue's list. */
  public int control() {
    return control;
  }
}
