-- Encryption at rest (POLICY K1, issue 8): a plate read's text is sealed by the controller
-- (AES-256-GCM, key id in the value, the column as authenticated context) and searched through
-- plate_hash, an HMAC-SHA256 of the normalised plate under the garage's lookup key. The database
-- never holds the plate or the raw text; a dump alone reveals no plate. The indexes on the plate
-- move to its hash. This schema starts empty: rows of the old schema are not converted (a garage
-- upgrading with reads on disk must purge or convert them first; see controller README).
-- plate_read_kept keeps the same columns in the same order (V61: INSERT ... SELECT *).
ALTER TABLE plate_read
  DROP INDEX plate_read_by_plate,
  DROP INDEX plate_read_by_time_plate,
  DROP COLUMN plate,
  DROP COLUMN raw_plate,
  ADD COLUMN plate_hash BINARY(32) NOT NULL AFTER frame_id,
  ADD COLUMN plate_sealed VARBINARY(160) NOT NULL AFTER plate_hash,
  ADD COLUMN raw_plate_sealed VARBINARY(200) NOT NULL AFTER plate_sealed,
  ADD INDEX plate_read_by_plate (garage_id, plate_hash, received_at),
  ADD INDEX plate_read_by_time_plate (garage_id, received_at, plate_hash, lane_id);

ALTER TABLE plate_read_kept
  DROP INDEX plate_read_by_plate,
  DROP INDEX plate_read_by_time_plate,
  DROP COLUMN plate,
  DROP COLUMN raw_plate,
  ADD COLUMN plate_hash BINARY(32) NOT NULL AFTER frame_id,
  ADD COLUMN plate_sealed VARBINARY(160) NOT NULL AFTER plate_hash,
  ADD COLUMN raw_plate_sealed VARBINARY(200) NOT NULL AFTER plate_sealed,
  ADD INDEX plate_read_by_plate (garage_id, plate_hash, received_at),
  ADD INDEX plate_read_by_time_plate (garage_id, received_at, plate_hash, lane_id);
