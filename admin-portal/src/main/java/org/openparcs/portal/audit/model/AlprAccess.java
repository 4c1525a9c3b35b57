package org.openparcs.portal.audit.model;

/**
 * What an access to ALPR data was about (POLICY T1).
 *
 * @param purpose the purpose chosen from the configured list; null for other actions
 * @param terms the plate or other terms searched or viewed
 * @param caseNumber the case number of a law-enforcement purpose
 * @param crimeType the crime type of a law-enforcement purpose
 */
public record AlprAccess(String purpose, String terms, String caseNumber, String crimeType) {

  /** No ALPR data involved. */
  public static final AlprAccess NONE = new AlprAccess(null, null, null, null);

  public boolean isNone() {
    return purpose == null && terms == null && caseNumber == null && crimeType == null;
  }
}
