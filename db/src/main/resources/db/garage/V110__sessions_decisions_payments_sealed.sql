-- Encryption at rest (POLICY K1, issue 8) for stays, access decisions, payments and operators'
-- exit-entry decisions: their plates are sealed by the controller (AES-256-GCM, the column as
-- authenticated context, see V100) and searched, joined and unique-keyed through lookup hashes
-- (HMAC-SHA256 under the garage's lookup key):
--   plate_hash         the normalised plate's hash;
--   plate_folded_hash  the hash of the plate with O read as 0 and I as 1 (the garage's folded
--                      comparison), so an exit still finds the session a confusable read opened.
-- One open session per plate and garage: the unique key moves to open_plate_hash.
-- The clear columns of the old schema stay, renamed legacy_*, only so that the controller's
-- start-up converter (ClearPlatesAtStart) can seal rows written before this version and empty
-- them; nothing writes them any more, so a fresh database never holds a clear plate.
ALTER TABLE parking_session
  DROP INDEX session_one_open_per_plate,
  DROP INDEX session_by_open_folded_plate,
  DROP INDEX session_exit_plate;
ALTER TABLE parking_session
  DROP COLUMN open_plate,
  DROP COLUMN open_plate_folded;
ALTER TABLE parking_session
  RENAME COLUMN plate TO legacy_plate;
ALTER TABLE parking_session
  ADD COLUMN plate_hash BINARY(32) NULL AFTER garage_id,
  ADD COLUMN plate_folded_hash BINARY(32) NULL AFTER plate_hash,
  ADD COLUMN plate_sealed VARBINARY(160) NULL AFTER plate_folded_hash,
  ADD COLUMN open_plate_hash BINARY(32) AS (IF(exited_at IS NULL, plate_hash, NULL)) PERSISTENT,
  ADD COLUMN open_plate_folded_hash BINARY(32)
    AS (IF(exited_at IS NULL, plate_folded_hash, NULL)) PERSISTENT,
  ADD UNIQUE KEY session_one_open_per_plate (garage_id, open_plate_hash),
  ADD INDEX session_by_open_folded_plate (garage_id, open_plate_folded_hash),
  ADD INDEX session_exit_plate (garage_id, exited_at, exit_decision_id, plate_hash);

ALTER TABLE access_decision
  RENAME COLUMN plate TO legacy_plate,
  RENAME COLUMN matched_plate TO legacy_matched_plate;
-- match_detail keeps what was substituted ("O->0 at 3"); the plates an AMBIGUOUS match tied are
-- plates, so they go sealed into tied_plates_sealed.
ALTER TABLE access_decision
  ADD COLUMN plate_hash BINARY(32) NULL AFTER plate_read_id,
  ADD COLUMN plate_sealed VARBINARY(160) NULL AFTER plate_hash,
  ADD COLUMN matched_plate_sealed VARBINARY(160) NULL AFTER plate_sealed,
  ADD COLUMN tied_plates_sealed VARBINARY(200) NULL AFTER match_detail;

ALTER TABLE payment
  DROP INDEX payment_by_plate;
ALTER TABLE payment
  RENAME COLUMN plate TO legacy_plate;
ALTER TABLE payment
  ADD COLUMN plate_hash BINARY(32) NULL AFTER session_id,
  ADD COLUMN plate_sealed VARBINARY(160) NULL AFTER plate_hash,
  ADD INDEX payment_by_plate (garage_id, plate_hash, occurred_at);

ALTER TABLE exit_entry_decision
  RENAME COLUMN entry_plate TO legacy_entry_plate,
  RENAME COLUMN exit_plate TO legacy_exit_plate;
ALTER TABLE exit_entry_decision
  MODIFY legacy_exit_plate VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD COLUMN entry_plate_sealed VARBINARY(160) NULL AFTER session_id,
  ADD COLUMN exit_plate_sealed VARBINARY(160) NULL AFTER entry_plate_sealed;

-- Which legacy columns the converter has emptied: once a column is done, later start-ups skip it
-- (nothing writes a legacy column any more) instead of scanning the table again.
CREATE TABLE clear_plates_converted (
  column_name   VARCHAR(100) NOT NULL PRIMARY KEY,
  rows_sealed   BIGINT       NOT NULL,
  converted_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB;
