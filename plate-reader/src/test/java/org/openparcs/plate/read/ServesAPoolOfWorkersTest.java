package org.openparcs.plate.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openparcs.plate.PlateReader;
import org.openparcs.plate.RenderedPlates;
import org.openparcs.plate.RenderedPlates.Plate;
import org.openparcs.plate.SharedReader;

class ServesAPoolOfWorkersTest {

  @Test
  void readsTheSameFromConcurrentWorkersAsFromOne() throws Exception {
    PlateReader reader = SharedReader.get();
    List<byte[]> frames =
        List.of(
            RenderedPlates.frame(Plate.of("ABC1234")),
            RenderedPlates.frame(Plate.of("XYZ789").rotated(-6)),
            RenderedPlates.frame(Plate.of("KLM4567").sized(24)),
            new byte[0]);
    List<String> alone = new ArrayList<>();
    for (byte[] frame : frames) {
      alone.add(SharedReader.bestText(reader.read(frame)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (byte[] frame : frames) {
          results.add(pool.submit(() -> SharedReader.bestText(reader.read(frame))));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(alone.get(i % frames.size()));
      }
    } finally {
      pool.shutdown();
    }
    assertThat(alone).startsWith("ABC1234", "XYZ789", "KLM4567");
  }
}
