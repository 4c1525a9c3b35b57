package org.openparcs.portal.user.model;

import java.util.List;

/**
 * The Authorized User Acknowledgment of the ALPR Policy (Sacramento form, POLICY A4): four
 * statements a user affirms and signs before seeing ALPR data, and again at each renewal.
 */
public final class Acknowledgement {

  /** Which text was signed, kept with each signature. */
  public static final String VERSION = "SAC ALPR acknowledgement, four statements (2016 form)";

  public static final List<String> STATEMENTS =
      List.of(
          "I acknowledge that I have read, understand, and shall comply with the ALPR Policy and"
              + " this Acknowledgement Form.",
          "I understand that all data and images gathered by the ALPR systems are for the official"
              + " use of the City. All data and images gathered by the ALPR shall be used in"
              + " accordance with this policy. ALPR data or images may be exempt from the Public"
              + " Records Act.",
          "I acknowledge that I will only access ALPR data for as may be required for my job"
              + " duties.",
          "I acknowledge that I will not disclose any data stored on ALPR systems to unauthorized"
              + " staff or the public, and will only discuss this information with authorized staff"
              + " on a \u201cNeed to Know\u201d basis.");

  private Acknowledgement() {}
}
