package org.openparcs.controller.shared.application;

/**
 * Tells whoever watches the garage live (the operator console) that something it shows changed,
 * when the change happens: a lane's state, or a stored record (a read, a decision, a gate event, an
 * exception, a correction). A notice says what changed, not how: the watcher looks it up.
 */
public interface ChangeNotices {

  /** What changed. */
  enum Topic {
    /** A lane's phase, mode, sensors or vends in progress. */
    LANES,
    /** Records of the garage: reads, decisions, gate events, exceptions, corrections. */
    RECORDS
  }

  /** Says that {@code topic} changed. Never blocks and never fails the caller. */
  void changed(Topic topic);

  /** For code and tests without watchers. */
  ChangeNotices NONE = topic -> {};
}
