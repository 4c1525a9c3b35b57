-- Issue 5: the reads of the vehicle a no-read or unsure-read exception is about, in the order the
-- operator is offered them (most confident first, one per plate text), so the console shows them as
-- one-click corrections beside the image. Only ids: the plates stay in plate_read (sealed, POLICY
-- K1) and go with it when plate_read is purged (POLICY R1); a purged read is simply no longer
-- offered.
CREATE TABLE lane_exception_read (
  exception_id  UUID      NOT NULL,
  ordinal       SMALLINT  NOT NULL,
  plate_read_id UUID      NOT NULL,
  PRIMARY KEY (exception_id, ordinal)
) ENGINE=InnoDB;
