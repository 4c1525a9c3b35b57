package org.openparcs.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The AES-GCM and HMAC engines are kept per thread (K1 at the speed of ingest): answers must not
 * depend on which thread, which key ring or what came before on the same thread.
 */
class ReusedEnginesTest {

  private final PlateKeys keys = PlateKeys.generate("d1", "l1");

  @Test
  void manyThreadsSealOpenAndHashAsOneThreadDoesK1() throws Exception {
    PlateCipher cipher = new PlateCipher(keys);
    PlateLookup lookup = new PlateLookup(keys);
    FileSealer files = new FileSealer(keys);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      expected.add(HexFormat.of().formatHex(new PlateLookup(keys).hash("P" + i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        Callable<Boolean> work =
            () -> {
              start.await();
              for (int i = 0; i < 500; i++) {
                String plate = "P" + i;
                String context = "ctx." + thread;
                if (!cipher.open(cipher.seal(plate, context), context).equals(plate)
                    || !HexFormat.of().formatHex(lookup.hash(plate)).equals(expected.get(i))
                    || !Arrays.equals(
                        files.open(files.seal(plate.getBytes(), context), context),
                        plate.getBytes())) {
                  return false;
                }
              }
              return true;
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoKeyRingsWithTheSameIdsOnOneThreadStayApartK1() {
    PlateKeys other = PlateKeys.generate("d1", "l1");
    PlateCipher mine = new PlateCipher(keys);
    PlateCipher theirs = new PlateCipher(other);
    PlateLookup myLookup = new PlateLookup(keys);
    PlateLookup theirLookup = new PlateLookup(other);

    byte[] sealed = mine.seal("7ABC123", "c");
    assertThatThrownBy(() -> theirs.open(sealed, "c")).isInstanceOf(UnsealException.class);
    assertThat(mine.open(sealed, "c")).isEqualTo("7ABC123");
    assertThat(myLookup.hash("7ABC123"))
        .isNotEqualTo(theirLookup.hash("7ABC123"))
        .isEqualTo(new PlateLookup(keys).hash("7ABC123"));
  }

  @Test
  void afterRotationTheNewKeysSealAndHashAndOldValuesStillOpenK1() {
    PlateCipher before = new PlateCipher(keys);
    PlateLookup lookupBefore = new PlateLookup(keys);
    byte[] old = before.seal("7ABC123", "c");
    byte[] oldHash = lookupBefore.hash("7ABC123");
    PlateKeys rotated =
        keys.withCurrentDataKey("d2", PlateKeys.randomKey())
            .withCurrentLookupKey("l2", PlateKeys.randomKey());
    PlateCipher after = new PlateCipher(rotated);
    PlateLookup lookupAfter = new PlateLookup(rotated);

    byte[] fresh = after.seal("7ABC123", "c");
    assertThat(after.keyIdOf(fresh)).isEqualTo("d2");
    assertThat(after.open(old, "c")).isEqualTo("7ABC123");
    assertThat(after.needsRekey(old)).isTrue();
    assertThat(lookupAfter.hash("7ABC123")).isNotEqualTo(oldHash);
    assertThat(lookupAfter.candidates("7ABC123").get(1)).isEqualTo(oldHash);
    assertThat(lookupBefore.hash("7ABC123"))
        .as("the old ring's engines unchanged")
        .isEqualTo(oldHash);
  }

  @Test
  void aFailedOpenLeavesTheThreadsEngineUsableK1() {
    PlateCipher cipher = new PlateCipher(keys);
    byte[] sealed = cipher.seal("7ABC123", "c");
    byte[] tampered = sealed.clone();
    tampered[tampered.length - 1] ^= 1;

    assertThatThrownBy(() -> cipher.open(tampered, "c")).isInstanceOf(UnsealException.class);
    assertThatThrownBy(() -> cipher.open(sealed, "other")).isInstanceOf(UnsealException.class);
    assertThat(cipher.open(sealed, "c")).isEqualTo("7ABC123");
    assertThat(cipher.open(cipher.seal("8XYZ987", "c"), "c")).isEqualTo("8XYZ987");
  }
}
