package org.openparcs.policy.catalog;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openparcs.policy.model.DataClass;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.policy.model.ProhibitedUse;
import org.openparcs.policy.model.PurposeDefinition;
import org.openparcs.policy.model.RetentionBounds;
import org.openparcs.policy.model.SharingRules;

/** Turns a profile file's YAML tree into a {@link JurisdictionProfile}, field by field. */
final class ProfileReader {

  private ProfileReader() {}

  static JurisdictionProfile profile(Map<String, Object> y, List<ProhibitedUse> prohibited) {
    String id = text(y, "id");
    Map<DataClass, RetentionBounds> retention = new EnumMap<>(DataClass.class);
    map(y, "retention")
        .forEach(
            (key, value) -> {
              Map<String, Object> b = asMap(value, "retention." + key);
              retention.put(
                  DataClass.ofKey(key),
                  new RetentionBounds(
                      number(b, "default-days"), optional(b, "min-days"), optional(b, "max-days")));
            });
    List<PurposeDefinition> purposes = new ArrayList<>();
    for (Object o : list(y, "purposes")) {
      Map<String, Object> p = asMap(o, "purposes");
      purposes.add(
          new PurposeDefinition(
              text(p, "id"),
              text(p, "label"),
              Boolean.TRUE.equals(p.get("law-enforcement")),
              strings(list(p, "roles"))));
    }
    Map<String, Object> s = map(y, "sharing");
    SharingRules sharing =
        new SharingRules(
            flag(s, "law-enforcement"),
            flag(s, "agreement-required"),
            flag(s, "commander-approval"),
            flag(s, "case-number-and-crime-type"),
            new ArrayList<>(strings(list(s, "only-agencies"))),
            flag(s, "contractors"),
            text(s, "summary"));
    return new JurisdictionProfile(
        id,
        text(y, "name"),
        text(y, "source"),
        number(y, "version"),
        date(y.get("effective")),
        retention,
        flag(y, "mfa-required"),
        number(y, "training-renewal-months"),
        purposes,
        prohibited,
        sharing,
        number(y, "hot-list-refresh-hours"));
  }

  static List<ProhibitedUse> prohibitedUses(Map<String, Object> y) {
    List<ProhibitedUse> uses = new ArrayList<>();
    for (Object o : list(y, "uses")) {
      Map<String, Object> u = asMap(o, "uses");
      uses.add(
          new ProhibitedUse(
              text(u, "id"), text(u, "label"), new ArrayList<>(strings(list(u, "terms")))));
    }
    return uses;
  }

  private static LocalDate date(Object value) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(String.valueOf(value));
  }

  private static String text(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("profile field '" + key + "' is missing");
    }
    return v.toString().strip();
  }

  private static int number(Map<String, Object> m, String key) {
    Integer n = optional(m, key);
    if (n == null) {
      throw new IllegalArgumentException("profile field '" + key + "' is missing");
    }
    return n;
  }

  private static Integer optional(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Integer i)) {
      throw new IllegalArgumentException("profile field '" + key + "' is not a whole number");
    }
    return i;
  }

  private static boolean flag(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof Boolean b)) {
      throw new IllegalArgumentException("profile field '" + key + "' is not true or false");
    }
    return b;
  }

  private static Map<String, Object> map(Map<String, Object> m, String key) {
    return asMap(m.get(key), key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object v, String where) {
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException("profile field '" + where + "' is not a mapping");
    }
    return (Map<String, Object>) v;
  }

  private static List<?> list(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof List<?> l)) {
      throw new IllegalArgumentException("profile field '" + key + "' is not a list");
    }
    return l;
  }

  private static Set<String> strings(Collection<?> values) {
    Set<String> out = new HashSet<>();
    values.forEach(v -> out.add(String.valueOf(v).strip()));
    return out;
  }
}
