package org.openparcs.controller.lane.access.model;

/** How a read plate was matched to a plate the garage knows (a permit's or an open session's). */
public enum MatchKind {
  /** The read is the known plate, character for character. */
  EXACT,
  /** The read is the known plate once O is taken as 0 and I as 1 (a garage setting). */
  FOLDED,
  /** One character differs, a confusable one the reader was unsure of. */
  CONFUSABLE,
  /** Two or more known plates are equally close: no match (never a guess between them). */
  AMBIGUOUS,
  /** No known plate is close enough. */
  NONE
}
