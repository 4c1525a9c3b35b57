package org.openparcs.portal.hotlist.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Hot-list entries, external lists and hit confirmations (POLICY S3, U3). */
class HotListRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T20:00:00Z");

  @Test
  void anExternalListStopsMatchingWhenNotRefreshedWithin24HoursPolicyS3() {
    HotList fresh =
        new HotList(1, "SVS", HotListKind.STOLEN, true, "CLETS", NOW.minus(Duration.ofHours(23)));
    HotList stale =
        new HotList(2, "SVS", HotListKind.STOLEN, true, "CLETS", NOW.minus(Duration.ofHours(25)));
    HotList never = new HotList(3, "SVS", HotListKind.STOLEN, true, "CLETS", null);
    HotList internal = new HotList(4, "Local", HotListKind.WANTED, false, null, null);

    assertThat(fresh.matching(NOW, 24)).isTrue();
    assertThat(stale.matching(NOW, 24)).isFalse();
    assertThat(never.matching(NOW, 24)).isFalse();
    assertThat(internal.matching(NOW, 24)).isTrue();
  }

  @Test
  void anEntryNamesWhoEnteredItItsCasesAndASynopsisAndNeedsAnotherPersonsApprovalPolicyS3() {
    assertThat(
            new EntryForm("7abc-123", "Officer Smith", "1234", "Robbery Unit", "SJ-1", "211")
                .problems())
        .isEmpty();
    assertThat(
            new EntryForm("7ABC123", "Officer Smith", "", "Robbery Unit", "SJ-1", "211").problems())
        .singleElement()
        .asString()
        .contains("name, badge number and unit");
    assertThat(new EntryForm("7ABC123", "Smith", "1", "Unit", " ", " ").problems()).hasSize(2);
    assertThat(new EntryForm("7abc-123", "a", "b", "c", "d", "e").normalisedPlate())
        .isEqualTo("7ABC123");

    HotListEntry entry =
        new HotListEntry(
            1,
            1,
            new EntryForm("7ABC123", "a", "b", "c", "d", "e"),
            NOW,
            "olivia",
            null,
            null,
            null);
    assertThat(entry.approvableBy("olivia")).isFalse();
    assertThat(entry.approvableBy("sup.sam")).isTrue();
  }

  @Test
  void aHitIsConfirmedOnlyBySomeoneWhoComparedThePlateTextWithTheImagePolicyU3() {
    assertThat(new DispositionForm("MATCH_CONFIRMED", false, null).problems())
        .singleElement()
        .asString()
        .contains("compared the plate text with the image");
    assertThat(new DispositionForm("arrest", true, null).problems())
        .containsExactly("choose the disposition");
    assertThat(new DispositionForm("misread", true, "image shows 7ABC128").problems()).isEmpty();
    assertThat(new DispositionForm("misread", true, null).value()).isEqualTo(Disposition.MISREAD);
  }

  @Test
  void anImportedFileCarriesTheSameFieldsForEveryEntryPolicyS3() {
    assertThat(ImportRow.parse("# SVS export\nEXT1;J. Doe;0001;DOJ;SVS-1;stolen\n").entries())
        .hasSize(1);
    assertThat(ImportRow.parse("EXT1;J. Doe;;DOJ;SVS-1;stolen").problem()).startsWith("line 1:");
    assertThat(ImportRow.parse("EXT1,J. Doe").problem()).contains("6 fields");
    assertThat(ImportRow.parse("\n# nothing\n").problem()).isEqualTo("the file holds no entry");
  }
}
