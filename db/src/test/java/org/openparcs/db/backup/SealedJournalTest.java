package org.openparcs.db.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;

/** POLICY K1: the decision journal names no held plate, case or reason in clear on disk. */
class SealedJournalTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  private static final String PLATE = "7KQZ512";
  private static final PlateKeys KEYS = PlateKeys.generate("d1", "l1");

  @TempDir Path folder;

  private DecisionJournal sealed(PlateKeys keys) {
    return DecisionJournal.in(
        folder, "portal", LineSealer.with(new PlateCipher(keys), "portal.decision_journal"));
  }

  private static Map<String, String> hold() {
    return Map.of("id", "1", "target", PLATE, "case", "C-9", "reason", "car " + PLATE + " seen");
  }

  private String onDisk() throws IOException {
    return Files.readString(folder.resolve("portal-decisions.journal"), StandardCharsets.UTF_8);
  }

  @Test
  void aSealedLineNamesNoPlateOnDiskAndOpensWithTheKeysPolicyK1() throws IOException {
    DecisionJournal journal = sealed(KEYS);
    journal.append(DecisionJournal.HOLD_PLACED, hold(), AT);

    String text = onDisk();
    assertThat(text).doesNotContain(PLATE).doesNotContain("C-9");
    assertThat(text.toLowerCase())
        .doesNotContain(HexFormat.of().formatHex(PLATE.getBytes(StandardCharsets.US_ASCII)));
    assertThat(journal.entries().get(0).data()).isEqualTo(hold());
  }

  @Test
  void restoresAndThePositionAreReadWithoutKeysPolicyK1() {
    DecisionJournal journal = sealed(KEYS);
    journal.append(DecisionJournal.HOLD_PLACED, hold(), AT);
    JournalEntry started =
        journal.append(DecisionJournal.RESTORE_STARTED, Map.of("backup", "b.pbk"), AT);

    DecisionJournal keyless = DecisionJournal.in(folder, "portal");
    assertThat(keyless.lastSeq()).isEqualTo(2);
    assertThat(keyless.unfinishedRestore()).contains(started);
    assertThatThrownBy(keyless::entries).hasMessageContaining("sealed (POLICY K1) at entry 1");
  }

  @Test
  void aLineDoesNotOpenWithOtherKeysOrInAnotherJournalPolicyK1() {
    sealed(KEYS).append(DecisionJournal.HOLD_PLACED, hold(), AT);

    assertThatThrownBy(() -> sealed(PlateKeys.generate("d1", "l1")).entries())
        .hasMessageContaining("entry 1");
    DecisionJournal garageContext =
        DecisionJournal.in(
            folder, "portal", LineSealer.with(new PlateCipher(KEYS), "garage.decision_journal"));
    assertThatThrownBy(garageContext::entries).hasMessageContaining("entry 1");
  }

  @Test
  void resealConvertsAClearJournalAndKeepsItsEntriesPolicyK1() throws IOException {
    DecisionJournal clear = DecisionJournal.in(folder, "portal");
    clear.append(DecisionJournal.HOLD_PLACED, hold(), AT);
    clear.append(DecisionJournal.RESTORE_STARTED, Map.of("backup", "b.pbk"), AT);
    assertThat(onDisk()).contains(PLATE);

    DecisionJournal journal = sealed(KEYS);
    assertThat(journal.reseal()).isEqualTo(1);
    assertThat(journal.reseal()).as("idempotent").isZero();

    assertThat(onDisk()).doesNotContain(PLATE);
    assertThat(journal.entries()).hasSize(2);
    assertThat(journal.entries().get(0).data()).isEqualTo(hold());
    assertThat(journal.entries().get(1).field("backup")).isEqualTo("b.pbk");
  }

  @Test
  void resealMovesLinesToTheNewDataKeySoTheOldKeyCanGoPolicyK1() {
    sealed(KEYS).append(DecisionJournal.HOLD_PLACED, hold(), AT);
    PlateKeys rotated = KEYS.withCurrentDataKey("d2", PlateKeys.randomKey());

    DecisionJournal journal = sealed(rotated);
    journal.append(DecisionJournal.HOLD_RELEASED, Map.of("id", "1", "by", "x", "reason", "y"), AT);
    assertThat(journal.reseal()).isEqualTo(1);

    DecisionJournal withoutOld = sealed(rotated.withoutDataKey("d1"));
    assertThat(withoutOld.entries()).hasSize(2);
    assertThat(withoutOld.entries().get(0).field("target")).isEqualTo(PLATE);
  }

  @Test
  void aChangedSealedLineBreaksTheChainPolicyK1() throws IOException {
    DecisionJournal journal = sealed(KEYS);
    journal.append(DecisionJournal.HOLD_PLACED, hold(), AT);
    journal.append(DecisionJournal.HOLD_PLACED, hold(), AT);
    String[] lines = onDisk().split("\n");
    String first = lines[0].split("\t")[3];
    String second = lines[1].split("\t")[3];
    Files.writeString(
        folder.resolve("portal-decisions.journal"),
        onDisk().replace(first, second),
        StandardCharsets.UTF_8);
    assertThatThrownBy(journal::entries).hasMessageContaining("broken at line 1");
  }
}
