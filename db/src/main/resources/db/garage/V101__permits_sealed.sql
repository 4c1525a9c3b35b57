-- Encryption at rest (POLICY K1, issue 8): a permit's plate is sealed like a read's. Permits are few
-- per garage, so the controller opens them into its in-memory matcher (exact, folded, one
-- confusable character) instead of searching the table by plate; the plate indexes go.
-- permit_version counts the changes of a garage's permits (bumped in the same transaction as the
-- insert), so each lane read checks one row to know whether its opened copy is current.
-- As V100: rows of the old schema are not converted.
ALTER TABLE permit
  DROP INDEX permit_by_folded_plate,
  DROP COLUMN plate_folded;
ALTER TABLE permit
  DROP INDEX permit_by_plate,
  DROP CONSTRAINT permit_plate,
  DROP COLUMN plate,
  ADD COLUMN plate_sealed VARBINARY(160) NOT NULL AFTER garage_id;

CREATE TABLE permit_version (
  garage_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL
) ENGINE=InnoDB;
