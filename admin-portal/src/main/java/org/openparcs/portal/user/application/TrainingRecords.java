package org.openparcs.portal.user.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The kept record of trainings and signed acknowledgements (POLICY A4). Never overwritten. */
public interface TrainingRecords {

  /** What a record is. */
  enum Kind {
    TRAINING,
    ACKNOWLEDGEMENT
  }

  /** One record: who, what, which day, recorded by whom and when. */
  record Entry(
      long userId,
      Kind kind,
      LocalDate completedOn,
      Instant recordedAt,
      String recordedBy,
      String detail) {}

  void add(Entry entry);

  /** The latest completion date of that kind for the user. */
  Optional<LocalDate> latest(long userId, Kind kind);

  /** The user's records, newest first. */
  List<Entry> history(long userId);
}
