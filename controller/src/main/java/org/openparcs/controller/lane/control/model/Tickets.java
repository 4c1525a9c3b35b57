package org.openparcs.controller.lane.control.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The granted vehicles a lane is letting through, oldest first. A ticket belongs to one arrival on
 * the arming loop (a second read of the same vehicle does not make a second ticket); a passage
 * under the arm uses up the oldest ticket; what is left when the arm comes down either reversed or
 * is still waiting.
 */
final class Tickets {

  /** One granted vehicle. */
  static final class Ticket {
    final VendTicket vend;
    final long arrival;
    Instant pulsedAt;
    int pulses;
    boolean armConfirmed;
    boolean leftArmingLoop;
    boolean passed;

    private Ticket(VendTicket vend, long arrival) {
      this.vend = vend;
      this.arrival = arrival;
    }
  }

  /** What the arm coming down settles. */
  record Settled(List<VendTicket> counted, List<VendTicket> reversed, List<VendTicket> lapsed) {}

  private final List<Ticket> tickets = new ArrayList<>();

  /** The ticket of {@code arrival}, new or (for a second read of the same vehicle) existing. */
  Ticket grant(VendTicket vend, long arrival) {
    for (Ticket t : tickets) {
      if (t.arrival == arrival && !t.passed) {
        return t;
      }
    }
    Ticket t = new Ticket(vend, arrival);
    tickets.add(t);
    return t;
  }

  void pulsed(Ticket t, Instant at) {
    t.pulses++;
    t.pulsedAt = at;
  }

  boolean isEmpty() {
    return tickets.isEmpty();
  }

  int size() {
    return tickets.size();
  }

  boolean hasFor(long arrival) {
    return tickets.stream().anyMatch(t -> t.arrival == arrival && !t.passed);
  }

  /** Whether a pulse is out whose arm has not been seen up yet. */
  boolean awaitingArm() {
    return tickets.stream().anyMatch(t -> t.pulses > 0 && !t.armConfirmed);
  }

  boolean anyPassed() {
    return tickets.stream().anyMatch(t -> t.passed);
  }

  void armUp() {
    tickets.forEach(t -> t.armConfirmed = t.armConfirmed || t.pulses > 0);
  }

  /** The vehicle of {@code arrival} left the arming loop (forwards or backwards). */
  void leftArmingLoop(long arrival) {
    tickets.stream().filter(t -> t.arrival == arrival).forEach(t -> t.leftArmingLoop = true);
  }

  /** A vehicle drove onto the safety loop: the oldest unused ticket pays for it, if any. */
  Ticket passage() {
    Ticket best = null;
    for (Ticket t : tickets) {
      if (!t.passed && (best == null || t.leftArmingLoop && !best.leftArmingLoop)) {
        best = t;
      }
    }
    if (best != null) {
      // A vehicle under the arm proves the arm rose, even if no poll caught it up.
      best.passed = true;
      best.armConfirmed = true;
    }
    return best;
  }

  /** The last ticket that paid for a passage, for records of what followed it. */
  VendTicket lastPassed() {
    VendTicket last = null;
    for (Ticket t : tickets) {
      if (t.passed) {
        last = t.vend;
      }
    }
    return last;
  }

  /** The newest ticket not yet passed, or null. */
  VendTicket current() {
    for (int i = tickets.size() - 1; i >= 0; i--) {
      if (!tickets.get(i).passed) {
        return tickets.get(i).vend;
      }
    }
    return tickets.isEmpty() ? null : tickets.get(tickets.size() - 1).vend;
  }

  /** Tickets pulsed more than {@code riseTimeout} ago whose arm has not been seen up. */
  List<Ticket> overdue(Instant at, Duration riseTimeout) {
    return tickets.stream()
        .filter(t -> t.pulses > 0 && !t.armConfirmed && !t.passed)
        .filter(t -> !at.isBefore(t.pulsedAt.plus(riseTimeout)))
        .toList();
  }

  void drop(Ticket t) {
    tickets.remove(t);
  }

  /** The vend of {@code vend} did not happen (its pulse failed); how many pulses it had. */
  int cancel(VendTicket vend) {
    for (Ticket t : tickets) {
      if (t.vend.equals(vend) && !t.passed) {
        tickets.remove(t);
        return t.pulses;
      }
    }
    return 0;
  }

  /**
   * The arm is down: passed vehicles are counted, vehicles that left without passing reversed, and
   * vehicles still waiting lapse, unless their pulse is so recent it starts the next cycle.
   */
  Settled armDown(Instant at, Duration riseTimeout) {
    List<VendTicket> counted = new ArrayList<>();
    List<VendTicket> reversed = new ArrayList<>();
    List<VendTicket> lapsed = new ArrayList<>();
    for (Iterator<Ticket> it = tickets.iterator(); it.hasNext(); ) {
      Ticket t = it.next();
      boolean freshPulse = t.pulsedAt != null && at.isBefore(t.pulsedAt.plus(riseTimeout));
      if (t.passed) {
        counted.add(t.vend);
      } else if (t.leftArmingLoop) {
        reversed.add(t.vend);
      } else if (freshPulse) {
        t.armConfirmed = false;
        continue;
      } else {
        lapsed.add(t.vend);
      }
      it.remove();
    }
    return new Settled(counted, reversed, lapsed);
  }

  /** Everything in progress, dropped (the lane lost sight of it). */
  List<VendTicket> clear() {
    List<VendTicket> all = tickets.stream().map(t -> t.vend).toList();
    tickets.clear();
    return all;
  }
}
