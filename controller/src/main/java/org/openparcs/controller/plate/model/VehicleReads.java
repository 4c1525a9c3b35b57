package org.openparcs.controller.plate.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reads of one vehicle on a lane's arming loop and what they add up to: one read above the high
 * confidence, or enough reads agreeing on a plate; if neither comes within the time window, the
 * best read goes to an operator instead of being guessed at. A plate decided once is not decided
 * again for the same vehicle; once the vehicle is let through its later reads are only kept. Not
 * thread-safe.
 */
public final class VehicleReads {

  private final long arrival;
  private final ReadAgreement rules;
  private final List<PlateRead> reads = new ArrayList<>();
  private final Set<String> decided = new HashSet<>();
  private final Set<UUID> exceptions = new HashSet<>();
  private Instant firstRead;
  private UUID lastFrame;
  private boolean granted;
  private boolean handedToOperator;

  public VehicleReads(long arrival, ReadAgreement rules) {
    this.arrival = arrival;
    this.rules = rules;
  }

  public long arrival() {
    return arrival;
  }

  /** A read of this vehicle. */
  public ReadOffer offer(PlateRead read, Instant at) {
    reads.add(read);
    if (firstRead == null) {
      firstRead = at;
    }
    if (read.frameId() != null) {
      lastFrame = read.frameId();
    }
    String key = rules.comparison().key(read.plate());
    if (granted || decided.contains(key)) {
      return ReadOffer.of(ReadOffer.Status.ALREADY_DECIDED);
    }
    if (read.confidence() >= rules.acceptConfidence()) {
      decided.add(key);
      VehicleRead alone = VehicleRead.of(read, ReadBasis.HIGH_CONFIDENCE);
      return ReadOffer.settled(
          new VehicleRead(
              read, alone.charConfidences(), alone.confidence(), alone.basis(), 1, reads));
    }
    List<PlateRead> agreeing =
        reads.stream()
            .filter(r -> r.confidence() >= rules.voteConfidence())
            .filter(r -> rules.comparison().key(r.plate()).equals(key))
            .toList();
    if (read.confidence() < rules.voteConfidence() || agreeing.size() < rules.agreeingReads()) {
      return ReadOffer.of(ReadOffer.Status.AWAITING_MORE_READS);
    }
    decided.add(key);
    return ReadOffer.settled(agreement(agreeing));
  }

  /**
   * Takes back a read that could not be stored.
   *
   * @param settled whether its offer settled this vehicle's read (its plate is then undecided
   *     again)
   */
  public void withdraw(PlateRead read, boolean settled) {
    reads.remove(read);
    if (settled) {
      decided.remove(rules.comparison().key(read.plate()));
    }
  }

  /**
   * The vehicle's best read for an operator, once, when its window has passed with reads but none
   * sure enough and no plate decided.
   */
  public Optional<VehicleRead> expire(Instant at) {
    if (granted || handedToOperator || !decided.isEmpty() || firstRead == null) {
      return Optional.empty();
    }
    if (at.isBefore(firstRead.plus(rules.window()))) {
      return Optional.empty();
    }
    handedToOperator = true;
    PlateRead best = reads.stream().max(Comparator.comparingDouble(PlateRead::confidence)).get();
    return Optional.of(
        new VehicleRead(
            best,
            best.charConfidencesOrOverall(),
            best.confidence(),
            ReadBasis.BELOW_THRESHOLD,
            reads.size(),
            reads));
  }

  /** Every read of this vehicle so far, in arrival order. */
  public List<PlateRead> reads() {
    return List.copyOf(reads);
  }

  /** A frame of this vehicle showed no plate. */
  public void noPlate(UUID frameId) {
    lastFrame = frameId;
  }

  /** The vehicle was let through: nothing more is decided for it. */
  public void granted() {
    granted = true;
  }

  public boolean isGranted() {
    return granted;
  }

  /** An operator was told about this vehicle. */
  public void exceptionRaised(UUID exceptionId) {
    exceptions.add(exceptionId);
  }

  /** Whether {@code id} is one of this vehicle's reads or of the exceptions raised for it. */
  public boolean concerns(UUID id) {
    return exceptions.contains(id) || reads.stream().anyMatch(r -> r.id().equals(id));
  }

  /** The newest read of this vehicle, if any. */
  public Optional<PlateRead> lastRead() {
    return reads.isEmpty() ? Optional.empty() : Optional.of(reads.get(reads.size() - 1));
  }

  /** The newest frame of this vehicle (with or without a plate), if any. */
  public Optional<UUID> lastFrame() {
    return Optional.ofNullable(lastFrame);
  }

  /**
   * The most confident of the agreeing reads stands for them; each character is as sure as the
   * surest agreeing read of it; the plate is wrong only if every agreeing read is.
   */
  private VehicleRead agreement(List<PlateRead> agreeing) {
    PlateRead best =
        agreeing.stream().max(Comparator.comparingDouble(PlateRead::confidence)).orElseThrow();
    int length = best.plate().value().length();
    List<Double> chars = new ArrayList<>(best.charConfidencesOrOverall());
    double allWrong = 1;
    for (PlateRead r : agreeing) {
      allWrong *= 1 - r.confidence();
      List<Double> c = r.charConfidencesOrOverall();
      for (int i = 0; i < length && i < c.size(); i++) {
        chars.set(i, Math.max(chars.get(i), c.get(i)));
      }
    }
    return new VehicleRead(
        best, chars, 1 - allWrong, ReadBasis.AGREEMENT, agreeing.size(), List.copyOf(reads));
  }
}
