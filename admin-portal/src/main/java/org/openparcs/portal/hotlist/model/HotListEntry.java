package org.openparcs.portal.hotlist.model;

import java.time.Instant;

/**
 * An entry of a hot list. It matches only once a supervisor other than the person who entered it
 * approved it (POLICY S3), and until it is removed.
 */
public record HotListEntry(
    long id,
    long listId,
    EntryForm form,
    Instant enteredAt,
    String enteredByUser,
    String approvedBy,
    Instant approvedAt,
    Instant removedAt) {

  public boolean approved() {
    return approvedAt != null;
  }

  public boolean removed() {
    return removedAt != null;
  }

  /** Four eyes: a supervisor approves what someone else entered. */
  public boolean approvableBy(String supervisor) {
    return !approved() && !removed() && !enteredByUser.equals(supervisor);
  }
}
