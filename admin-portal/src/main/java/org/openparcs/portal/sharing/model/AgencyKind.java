package org.openparcs.portal.sharing.model;

/** What kind of party asks for ALPR data (POLICY S1, S2). */
public enum AgencyKind {
  LAW_ENFORCEMENT,
  PROSECUTOR,
  /** Any federal agency: never given ALPR data (SB 34, SB 54). */
  FEDERAL,
  /** The city's own parking contractors and enforcement vendors (S1), where the profile allows. */
  PARKING_CONTRACTOR,
  /** Commercial or private parties: never (S1). */
  COMMERCIAL,
  /** Other public bodies: not through this channel (records release policy). */
  OTHER_PUBLIC
}
