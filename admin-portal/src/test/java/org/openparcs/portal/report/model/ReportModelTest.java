package org.openparcs.portal.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The breach notice's headings (POLICY K2) and the annual report's figures (POLICY K4). */
class ReportModelTest {

  @Test
  void aBreachNoticeCarriesExactlyTheHeadingsOfPolicyK2FilledFromTheFacts() {
    BreachInput in =
        new BreachInput(
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 31),
            "A stolen laptop held an export of plate reads.",
            "Parking Division, 200 E Santa Clara St, (408) 555-0100",
            true);
    BreachFacts facts =
        new BreachFacts(
            Map.of("ALPR_SEARCH", 12L, "ALPR_EXPORT", 2L), 9, List.of("Parking"), 4000, 3);

    BreachNotice n = BreachNotice.draft(in, facts, "SJ-PARK policy");

    assertThat(n.title()).isEqualTo("Notification of Data Breach");
    assertThat(n.sections())
        .extracting(BreachNotice.Section::heading)
        .containsExactly(
            "What Happened",
            "What Information Was Involved",
            "What We Are Doing",
            "What You Can Do",
            "For More Information");
    assertThat(n.sections().get(1).paragraphs().get(0))
        .contains(
            "4000 plate read(s)", "14 access(es)", "2 ALPR_EXPORT, 12 ALPR_SEARCH", "9 distinct");
    assertThat(String.join("\n", n.sections().get(4).paragraphs()))
        .contains(
            "Contact: Parking Division",
            "Personal information involved: licence plate numbers",
            "Date range of the breach: 2026-10-01 to 2026-10-31",
            "delayed by a law-enforcement investigation: yes",
            "General description: A stolen laptop");
  }

  @Test
  void accuracyComesFromOperatorCorrectionsOrSaysThereWereNonePolicyK4() {
    LocationCount entry = new LocationCount("G1", "entry-1", "cam-1", "", 800, 3, 8);
    LocationCount exit = new LocationCount("G1", "exit-1", "cam-2", "", 200, 1, 2);
    AnnualReport report =
        new AnnualReport(
            2026, "SJ-PARK", List.of(entry, exit), Map.of("ALPR_SEARCH", 5L, "ALPR_REFUSED", 2L));

    assertThat(report.reads()).isEqualTo(1000);
    assertThat(report.hits()).isEqualTo(4);
    assertThat(report.recordsAccessed()).as("refusals are no access").isEqualTo(5);
    assertThat(report.accuracy()).isEqualTo("99.00 % (10 of 1000 reads corrected by operators)");
    assertThat(
            new AnnualReport(
                    2026,
                    "SJ-PARK",
                    List.of(new LocationCount("G1", "", "", "", 5, 0, 0)),
                    Map.of())
                .accuracy())
        .isEqualTo("no corrections recorded");
  }
}
