package org.openparcs.controller.operator.web;

/**
 * What an operator may type into the console's free-text fields. Reasons are stored, reported to
 * the portal and shown to auditors: markup and control characters are refused (400) rather than
 * stored and escaped everywhere they are shown. A plate is letters, digits, spaces and hyphens.
 */
public final class OperatorText {

  public static final String NO_MARKUP = "[^<>\\p{Cntrl}]*";
  public static final String NO_MARKUP_MESSAGE =
      "must not contain markup (< or >) or control characters";
  public static final String PLATE = "[A-Za-z0-9 -]+";
  public static final String PLATE_MESSAGE = "a plate is letters, digits, spaces and hyphens";

  private OperatorText() {}
}
