package org.openparcs.policy.model;

/**
 * The classes of data a retention period applies to (POLICY R1). The first four are ALPR data and
 * are purged when their period ends; audit and log-on records are kept at least two years (T2).
 */
public enum DataClass {
  PLATE_READS("plate-reads", "plate reads and images", true),
  HOT_LIST_HITS("hot-list-hits", "hot-list hits", true),
  SESSION_PLATES("session-plates", "sessions' plate fields", true),
  EXPORTS("exports", "exports", true),
  AUDIT_RECORDS("audit-records", "audit records", false),
  LOGON_RECORDS("logon-records", "log-on records", false);

  private final String key;
  private final String label;
  private final boolean alprData;

  DataClass(String key, String label, boolean alprData) {
    this.key = key;
    this.label = label;
    this.alprData = alprData;
  }

  /** The name used in profile files and configuration keys ({@code plate-reads}). */
  public String key() {
    return key;
  }

  /** What people read ("plate reads and images"). */
  public String label() {
    return label;
  }

  /** Whether it is ALPR data, purged when its period ends (not the audit trail). */
  public boolean alprData() {
    return alprData;
  }

  /** The class with this key; {@link IllegalArgumentException} when there is none. */
  public static DataClass ofKey(String key) {
    for (DataClass c : values()) {
      if (c.key.equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no data class '" + key + "'");
  }
}
