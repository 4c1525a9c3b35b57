package org.openparcs.portal.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A breach notification draft with exactly the headings POLICY K2 requires (SJ-PARK, SAC 6): the
 * title "Notification of Data Breach", then "What Happened", "What Information Was Involved", "What
 * We Are Doing", "What You Can Do" and "For More Information" (contact, the personal information
 * involved, the date range, whether an investigation delayed it, a general description).
 */
public record BreachNotice(String title, List<Section> sections) {

  /** The title every notice carries. */
  public static final String TITLE = "Notification of Data Breach";

  /** The headings, in order. */
  public static final List<String> HEADINGS =
      List.of(
          "What Happened",
          "What Information Was Involved",
          "What We Are Doing",
          "What You Can Do",
          "For More Information");

  /** One heading and its paragraphs. */
  public record Section(String heading, List<String> paragraphs) {
    public Section {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  public BreachNotice {
    sections = List.copyOf(sections);
  }

  public static BreachNotice draft(BreachInput in, BreachFacts facts, String profileName) {
    String period = in.from() + " to " + in.to();
    String involved =
        "Licence plate numbers read by the parking system's cameras, with the date, time, garage,"
            + " lane and camera of each read. During "
            + period
            + " the garages reported "
            + facts.readsStored()
            + " plate read(s). The audit trail records "
            + facts.accesses()
            + " access(es) to plate data in that period ("
            + describe(facts.accessesByAction())
            + "), covering "
            + facts.distinctTerms()
            + " distinct plate(s) or search term(s).";
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(HEADINGS.get(0), List.of(in.whatHappened().strip())));
    sections.add(new Section(HEADINGS.get(1), List.of(involved)));
    sections.add(
        new Section(
            HEADINGS.get(2),
            List.of(
                "We reviewed the tamper-evident audit trail of every access to plate data for "
                    + period
                    + (facts.departments().isEmpty()
                        ? "."
                        : " (accesses by " + String.join(", ", facts.departments()) + ").")
                    + " We recorded "
                    + facts.failedLogons()
                    + " failed log-on attempt(s) in that period and are reviewing them. Plate data"
                    + " is kept only as long as "
                    + profileName
                    + " allows and then purged.")));
    sections.add(
        new Section(
            HEADINGS.get(3),
            List.of(
                "You may ask us which records about your vehicle were involved, using the"
                    + " contact below. Watch for unexpected notices concerning your vehicle.")));
    sections.add(
        new Section(
            HEADINGS.get(4),
            List.of(
                "Contact: " + in.contact().strip(),
                "Personal information involved: licence plate numbers; dates, times and places"
                    + " (garage, lane, camera) of plate reads.",
                "Date range of the breach: " + period,
                "Notification delayed by a law-enforcement investigation: "
                    + (in.delayedByInvestigation() ? "yes" : "no"),
                "General description: " + in.whatHappened().strip())));
    return new BreachNotice(TITLE, sections);
  }

  private static String describe(Map<String, Long> byAction) {
    if (byAction.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    new TreeMap<>(byAction).forEach((a, n) -> parts.add(n + " " + a));
    return String.join(", ", parts);
  }
}
