package org.openparcs.portal.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.plate.application.PlateReads;
import org.openparcs.portal.plate.model.PlateRead;

/** Plate reads in a list. */
public final class InMemoryPlateReads implements PlateReads {

  private final List<PlateRead> reads = new ArrayList<>();
  private final List<GarageId> garages = new ArrayList<>();

  public PlateRead add(String garage, String plate, Instant at) {
    PlateRead read =
        new PlateRead(UUID.randomUUID(), new GarageId(garage), "entry-1", "cam-1", plate, 0.9, at);
    reads.add(read);
    if (!garages.contains(read.garage())) {
      garages.add(read.garage());
    }
    return read;
  }

  @Override
  public List<PlateRead> search(
      String plate, boolean prefix, List<GarageId> in, Instant from, Instant to, int limit) {
    return reads.stream()
        .filter(r -> prefix ? r.plate().startsWith(plate) : r.plate().equals(plate))
        .filter(r -> in.contains(r.garage()))
        .filter(r -> from == null || !r.occurredAt().isBefore(from))
        .filter(r -> to == null || r.occurredAt().isBefore(to))
        .sorted(Comparator.comparing(PlateRead::occurredAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<PlateRead> find(UUID eventId) {
    return reads.stream().filter(r -> r.eventId().equals(eventId)).findFirst();
  }

  @Override
  public List<GarageId> garages() {
    return List.copyOf(garages);
  }
}
