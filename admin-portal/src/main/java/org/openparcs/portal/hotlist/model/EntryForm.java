package org.openparcs.portal.hotlist.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A hot-list entry as entered (POLICY S3; SJPD-DUP 4.8): the plate; the name, badge and unit of the
 * member entering it; the case numbers; a synopsis with the presumed crime or other purpose.
 */
public record EntryForm(
    String plate, String name, String badge, String unit, String caseNumbers, String synopsis) {

  private static final Pattern PLATE = Pattern.compile("[A-Z0-9]{1,10}");

  /** The plate as matched: upper case, no spaces or dashes. */
  public String normalisedPlate() {
    return plate == null ? "" : plate.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!PLATE.matcher(normalisedPlate()).matches()) {
      problems.add("a plate is 1 to 10 letters and digits");
    }
    if (blank(name, 200) || blank(badge, 32) || blank(unit, 200)) {
      problems.add("an entry names who entered it: name, badge number and unit (POLICY S3)");
    }
    if (blank(caseNumbers, 500)) {
      problems.add("an entry carries its case number(s) (POLICY S3)");
    }
    if (blank(synopsis, 2000)) {
      problems.add("an entry carries a synopsis: the presumed crime or other purpose (POLICY S3)");
    }
    return problems;
  }

  private static boolean blank(String s, int max) {
    return s == null || s.isBlank() || s.strip().length() > max;
  }
}
