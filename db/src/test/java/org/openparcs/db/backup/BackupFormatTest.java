package org.openparcs.db.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted format and the decision journal, byte by byte (POLICY K1, R1). */
class BackupFormatTest {

  private static final Instant AT = Instant.parse("2026-11-22T20:00:00Z");
  private static final BackupKeys KEYS = BackupKeys.parse("new:" + key(1) + ",old:" + key(2));

  @TempDir Path folder;

  private static String key(int seed) {
    byte[] raw = new byte[32];
    new Random(seed).nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  private static byte[] seal(byte[] plain, String keyId) throws IOException {
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    try (OutputStream out = EncryptedStream.encrypt(sealed, keyId, KEYS.byId(keyId), AT)) {
      out.write(plain);
    }
    return sealed.toByteArray();
  }

  private static byte[] open(byte[] sealed, BackupKeys keys) throws IOException {
    InputStream in = new ByteArrayInputStream(sealed);
    EncryptedStream.Header header = EncryptedStream.header(in);
    try (InputStream plain = EncryptedStream.decrypt(in, header, keys.byId(header.keyId()))) {
      return plain.readAllBytes();
    }
  }

  @Test
  void roundTripsAcrossSegmentsWithTheKeyNamedInTheHeaderPolicyK1() throws IOException {
    byte[] plain = new byte[EncryptedStream.SEGMENT * 2 + 123];
    new Random(7).nextBytes(plain);

    assertThat(open(seal(plain, "old"), KEYS)).isEqualTo(plain);
    assertThat(open(seal(new byte[EncryptedStream.SEGMENT], "new"), KEYS))
        .hasSize(EncryptedStream.SEGMENT);
    assertThat(open(seal(new byte[0], "new"), KEYS)).isEmpty();
  }

  @Test
  void aDroppedSegmentAChangedHeaderOrAnotherKeyAreRefusedPolicyK1() throws IOException {
    byte[] plain = new byte[EncryptedStream.SEGMENT + 10];
    byte[] sealed = seal(plain, "new");
    int headerLength = 8 + 1 + 3 + 8 + 7;
    int firstSegment = 1 + 4 + EncryptedStream.SEGMENT + 16;
    byte[] dropped = new byte[sealed.length - firstSegment];
    System.arraycopy(sealed, 0, dropped, 0, headerLength);
    System.arraycopy(
        sealed, headerLength + firstSegment, dropped, headerLength, dropped.length - headerLength);
    byte[] otherTime = sealed.clone();
    otherTime[headerLength - 8] ^= 1;
    BackupKeys swapped = BackupKeys.parse("new:" + key(2));

    for (byte[] bad : List.of(dropped, otherTime)) {
      assertThatThrownBy(() -> open(bad, KEYS)).isInstanceOf(BackupFailure.class);
    }
    assertThatThrownBy(() -> open(sealed, swapped))
        .hasMessageContaining("a wrong key, or the file was changed");
    assertThatThrownBy(() -> open("not a backup at all, no".getBytes(), KEYS))
        .hasMessageContaining("not a PARCS backup");
  }

  @Test
  void keysAreCheckedWhenRead() {
    assertThatThrownBy(() -> BackupKeys.parse("")).hasMessageContaining("PARCS_BACKUP_KEYS");
    assertThatThrownBy(
            () -> BackupKeys.parse("k:" + Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("AES-256 needs 32");
    assertThat(KEYS.currentId()).isEqualTo("new");
  }

  @Test
  void theJournalFindsAChangedLineAndAnUnfinishedRestorePolicyR1() throws IOException {
    DecisionJournal journal = DecisionJournal.in(folder, "portal");
    journal.append(DecisionJournal.HOLD_PLACED, Map.of("id", "1", "case", "C-1 & co=x"), AT);
    JournalEntry started = journal.append(DecisionJournal.RESTORE_STARTED, Map.of(), AT);
    assertThat(journal.unfinishedRestore()).contains(started);
    journal.append(
        DecisionJournal.RESTORE_COMPLETED, Map.of("started", String.valueOf(started.seq())), AT);
    assertThat(journal.unfinishedRestore()).isEmpty();
    assertThat(journal.entries().get(0).field("case")).isEqualTo("C-1 & co=x");

    String text = Files.readString(journal.file(), StandardCharsets.UTF_8);
    Files.writeString(journal.file(), text.replace("id=1", "id=2"), StandardCharsets.UTF_8);
    assertThatThrownBy(journal::entries).hasMessageContaining("broken at line 1");
  }
}
