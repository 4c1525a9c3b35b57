package org.openparcs.portal.jurisdiction.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.openparcs.policy.model.DataClass;

/**
 * The deployment's own retention periods ({@code parcs.policy.retention.*}, e.g. {@code
 * plate-reads: 120d}); each unset one is the profile's. Checked at start against the profile's
 * bounds (POLICY R2).
 */
@ConfigurationProperties("parcs.policy.retention")
public record RetentionSettings(
    @Nullable Duration plateReads,
    @Nullable Duration hotListHits,
    @Nullable Duration sessionPlates,
    @Nullable Duration exports,
    @Nullable Duration auditRecords,
    @Nullable Duration logonRecords) {

  /** The periods set, in whole days (a part of a day counts as a day). */
  public Map<DataClass, Integer> days() {
    Map<DataClass, Integer> days = new EnumMap<>(DataClass.class);
    put(days, DataClass.PLATE_READS, plateReads);
    put(days, DataClass.HOT_LIST_HITS, hotListHits);
    put(days, DataClass.SESSION_PLATES, sessionPlates);
    put(days, DataClass.EXPORTS, exports);
    put(days, DataClass.AUDIT_RECORDS, auditRecords);
    put(days, DataClass.LOGON_RECORDS, logonRecords);
    return days;
  }

  private static void put(Map<DataClass, Integer> days, DataClass c, Duration d) {
    if (d != null) {
      long whole = d.toDays() + (d.minusDays(d.toDays()).isZero() ? 0 : 1);
      days.put(c, (int) Math.min(Integer.MAX_VALUE, Math.max(0, whole)));
    }
  }
}
