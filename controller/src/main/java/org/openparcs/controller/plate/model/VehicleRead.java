package org.openparcs.controller.plate.model;

import java.util.List;
import java.util.Objects;

/**
 * The one read a vehicle at a lane is decided on.
 *
 * @param read the stored read that stands for the vehicle (the most confident of those that agree)
 * @param charConfidences confidence in each character of the plate, 0..1
 * @param confidence confidence in the plate as a whole, 0..1
 * @param basis what made it the vehicle's read
 * @param reads how many reads back it
 * @param seen every read of the vehicle so far (the candidates an operator is offered when the read
 *     is not sure enough), {@code read} among them
 */
public record VehicleRead(
    PlateRead read,
    List<Double> charConfidences,
    double confidence,
    ReadBasis basis,
    int reads,
    List<PlateRead> seen) {

  public VehicleRead {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(basis, "basis");
    charConfidences = List.copyOf(charConfidences);
    seen = seen == null || seen.isEmpty() ? List.of(read) : List.copyOf(seen);
    if (charConfidences.size() != read.plate().value().length()) {
      throw new IllegalArgumentException("one confidence per character of " + read.plate());
    }
    if (reads < 1) {
      throw new IllegalArgumentException("a vehicle read rests on at least one read");
    }
  }

  /** A vehicle read with only its own read seen. */
  public VehicleRead(
      PlateRead read, List<Double> charConfidences, double confidence, ReadBasis basis, int reads) {
    this(read, charConfidences, confidence, basis, reads, List.of(read));
  }

  /** The reads an operator is offered for this vehicle ({@link ReadCandidates}). */
  public List<PlateRead> candidates() {
    return ReadCandidates.choose(seen);
  }

  /** One read standing alone. */
  public static VehicleRead of(PlateRead read, ReadBasis basis) {
    return new VehicleRead(read, read.charConfidencesOrOverall(), read.confidence(), basis, 1);
  }

  public PlateText plate() {
    return read.plate();
  }

  /** Whether the read may decide on its own; an uncertain read goes to an operator. */
  public boolean certain() {
    return basis != ReadBasis.BELOW_THRESHOLD;
  }
}
