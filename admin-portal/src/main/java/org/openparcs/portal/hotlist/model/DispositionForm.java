package org.openparcs.portal.hotlist.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's confirmation of a hit (POLICY U3): they compared the plate text with the image before
 * any action, and record the disposition.
 */
public record DispositionForm(String disposition, boolean comparedPlateText, String note) {

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!comparedPlateText) {
      problems.add(
          "confirm that you compared the plate text with the image before any action (POLICY U3)");
    }
    if (value() == null) {
      problems.add("choose the disposition");
    }
    if (note != null && note.length() > 1000) {
      problems.add("the note has at most 1000 characters");
    }
    return problems;
  }

  /** The disposition chosen; null when none is. */
  public Disposition value() {
    for (Disposition d : Disposition.values()) {
      if (d.name()
          .equals(disposition == null ? "" : disposition.strip().toUpperCase(Locale.ROOT))) {
        return d;
      }
    }
    return null;
  }
}
