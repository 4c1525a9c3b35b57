package org.openparcs.portal.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.openparcs.policy.model.DataClass;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.retention.application.ExpiredData;
import org.openparcs.portal.retention.application.LegalHolds;
import org.openparcs.portal.retention.application.PurgeOrders;
import org.openparcs.portal.retention.application.PurgeRuns;
import org.openparcs.portal.retention.application.RetentionJournal;
import org.openparcs.portal.retention.model.ClassCutoff;
import org.openparcs.portal.retention.model.ClassResult;
import org.openparcs.portal.retention.model.HoldTarget;
import org.openparcs.portal.retention.model.LegalHold;
import org.openparcs.portal.retention.model.PurgeOrder;
import org.openparcs.portal.retention.model.PurgeRun;
import org.openparcs.portal.retention.model.RetentionDecision;

/**
 * The portal's retention stores in memory: records by data class with a time and a plate, holds on
 * plates, purge runs with one lock, and purge orders for two garages.
 */
public final class InMemoryRetention
    implements ExpiredData, LegalHolds, PurgeRuns, PurgeOrders, RetentionJournal {

  /** A record of some data class. */
  public record Data(DataClass dataClass, Instant at, String plate) {}

  private final List<Data> data = new ArrayList<>();
  private final List<LegalHold> holds = new ArrayList<>();
  private final Map<Long, PurgeRun> runs = new LinkedHashMap<>();
  private final List<PurgeOrder> orders = new ArrayList<>();
  private final List<RetentionDecision> journal = new ArrayList<>();
  private Long lockedBy;

  @Override
  public void record(RetentionDecision decision) {
    journal.add(decision);
  }

  /** The decisions journaled, oldest first. */
  public List<RetentionDecision> journal() {
    return List.copyOf(journal);
  }

  @Override
  public boolean restore(LegalHold hold) {
    if (holds.stream().anyMatch(h -> h.id() == hold.id())) {
      return false;
    }
    holds.add(hold);
    return true;
  }

  public void add(DataClass c, Instant at, String plate) {
    data.add(new Data(c, at, plate));
  }

  public List<Data> data() {
    return List.copyOf(data);
  }

  public List<PurgeOrder> orders() {
    return List.copyOf(orders);
  }

  private boolean held(Data d) {
    return holds.stream()
        .anyMatch(h -> h.active() && h.kind() == HoldTarget.PLATE && h.target().equals(d.plate()));
  }

  private boolean expired(Data d, ClassCutoff c) {
    return d.dataClass() == c.dataClass() && d.at().isBefore(c.cutoff());
  }

  @Override
  public long count(ClassCutoff cutoff, boolean held) {
    return data.stream().filter(d -> expired(d, cutoff) && held(d) == held).count();
  }

  @Override
  public int purgeChunk(ClassCutoff cutoff, int limit) {
    List<Data> gone =
        data.stream().filter(d -> expired(d, cutoff) && !held(d)).limit(limit).toList();
    data.removeAll(gone);
    return gone.size();
  }

  @Override
  public long place(
      HoldTarget kind, String target, String caseNumber, String reason, String by, Instant at) {
    long id = holds.stream().mapToLong(LegalHold::id).max().orElse(0) + 1;
    holds.add(new LegalHold(id, kind, target, caseNumber, reason, by, at, null, null, null));
    return id;
  }

  @Override
  public boolean release(long id, String by, Instant at, String reason) {
    for (int i = 0; i < holds.size(); i++) {
      LegalHold h = holds.get(i);
      if (h.id() == id && h.active()) {
        holds.set(
            i,
            new LegalHold(
                h.id(),
                h.kind(),
                h.target(),
                h.caseNumber(),
                h.reason(),
                h.placedBy(),
                h.placedAt(),
                by,
                at,
                reason));
        return true;
      }
    }
    return false;
  }

  @Override
  public List<LegalHold> active() {
    return holds.stream().filter(LegalHold::active).toList();
  }

  @Override
  public List<LegalHold> latest(int limit) {
    return holds.stream().limit(limit).toList();
  }

  @Override
  public OptionalLong begin(String trigger, String startedBy, Instant now, Instant staleBefore) {
    if (lockedBy != null) {
      return OptionalLong.empty();
    }
    long id = runs.size() + 1;
    runs.put(id, new PurgeRun(id, trigger, startedBy, now, null, "RUNNING", 0, List.of()));
    lockedBy = id;
    return OptionalLong.of(id);
  }

  @Override
  public void plan(long runId, List<ClassResult> planned, int holdsActive) {
    PurgeRun r = runs.get(runId);
    runs.put(
        runId,
        new PurgeRun(
            r.id(),
            r.trigger(),
            r.startedBy(),
            r.startedAt(),
            null,
            r.status(),
            holdsActive,
            planned));
  }

  @Override
  public void progress(long runId, DataClass dataClass, int purged, Instant now) {
    PurgeRun r = runs.get(runId);
    List<ClassResult> classes =
        r.classes().stream()
            .map(
                c ->
                    c.dataClass() == dataClass
                        ? new ClassResult(c.cutoff(), c.planned(), c.done() + purged, c.heldKept())
                        : c)
            .toList();
    runs.put(
        runId,
        new PurgeRun(
            r.id(),
            r.trigger(),
            r.startedBy(),
            r.startedAt(),
            null,
            r.status(),
            r.holdsActive(),
            classes));
  }

  @Override
  public void finish(
      long runId, String status, List<ClassResult> results, Instant at, String detail) {
    PurgeRun r = runs.get(runId);
    runs.put(
        runId,
        new PurgeRun(
            r.id(),
            r.trigger(),
            r.startedBy(),
            r.startedAt(),
            at,
            status,
            r.holdsActive(),
            results.isEmpty() ? r.classes() : results));
    lockedBy = null;
  }

  @Override
  public Optional<PurgeRun> find(long runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public List<PurgeRun> recent(int limit) {
    return runs.values().stream().limit(limit).toList();
  }

  @Override
  public void issueToEveryGarage(
      long runId, String profile, Instant at, List<ClassCutoff> cutoffs, List<LegalHold> active) {
    for (String garage : List.of("G1", "G2")) {
      orders.add(
          new PurgeOrder(
              UUID.randomUUID(),
              runId,
              new GarageId(garage),
              profile,
              at,
              cutoffs,
              active,
              null,
              Map.of()));
    }
  }

  @Override
  public List<PurgeOrder> pending(GarageId garage) {
    return orders.stream().filter(o -> o.garage().equals(garage)).toList();
  }

  @Override
  public Optional<PurgeOrder> find(GarageId garage, UUID orderId) {
    return orders.stream()
        .filter(o -> o.garage().equals(garage) && o.id().equals(orderId))
        .findFirst();
  }

  @Override
  public boolean confirm(UUID orderId, Instant at, Instant completedAt, Map<String, Long> counts) {
    return false;
  }
}
