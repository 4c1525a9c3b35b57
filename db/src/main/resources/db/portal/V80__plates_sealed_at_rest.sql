-- Encryption at rest (POLICY K1): no column holds a plate in clear any more. Each plate is sealed
-- (AES-256-GCM, plate-protection module; the sealed form names its key, so rows stay readable
-- after a rotation) and, where the portal looks plates up, kept with a keyed hash (HMAC-SHA256,
-- BINARY(32)). The old clear columns become nullable: new rows leave them NULL, and the start-up
-- converter seals what an older schema left in them (admin-portal README "Encryption at rest").

-- Received events: the plate fields leave the payload (plate, matchedPlate, originalText,
-- correctedText, originalPlate, correctedPlate, plates) and are kept apart, sealed as one JSON
-- object; plate_hash is the lookup hash of the event's plate. row_no orders the re-key's batches.
ALTER TABLE received_event
  ADD COLUMN row_no       BIGINT          NOT NULL AUTO_INCREMENT,
  ADD UNIQUE KEY received_event_row_no (row_no),
  DROP INDEX received_event_by_plate,
  DROP COLUMN plate,
  ADD COLUMN plate_hash   BINARY(32)      NULL,
  ADD COLUMN plate_fields VARBINARY(4096) NULL,
  ADD INDEX received_event_by_plate_hash (plate_hash, occurred_at);

ALTER TABLE hot_list_entry
  MODIFY plate VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  ADD COLUMN plate_hash   BINARY(32)      NULL,
  ADD COLUMN plate_sealed VARBINARY(255)  NULL,
  ADD INDEX hot_list_entry_by_plate_hash (plate_hash, list_id);

ALTER TABLE hot_list_hit
  MODIFY plate VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  ADD COLUMN plate_hash   BINARY(32)      NULL,
  ADD COLUMN plate_sealed VARBINARY(255)  NULL,
  ADD INDEX hot_list_hit_by_plate_hash (plate_hash);

ALTER TABLE shared_record
  ADD COLUMN row_no       BIGINT          NOT NULL AUTO_INCREMENT,
  ADD UNIQUE KEY shared_record_row_no (row_no),
  MODIFY plate VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  ADD COLUMN plate_hash   BINARY(32)      NULL,
  ADD COLUMN plate_sealed VARBINARY(255)  NULL,
  ADD INDEX shared_record_by_plate_hash (plate_hash);

-- The plates an agency asked for, sealed as one comma-separated list.
ALTER TABLE sharing_request
  MODIFY plates VARCHAR(1000) NULL,
  ADD COLUMN plates_sealed VARBINARY(2048) NULL;

-- A hold on a plate keeps its plate sealed and its lookup hash; holds on a read or a session keep
-- their id in target as before.
ALTER TABLE legal_hold
  MODIFY target VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  ADD COLUMN target_hash   BINARY(32)     NULL,
  ADD COLUMN target_sealed VARBINARY(255) NULL;

-- Audit terms (POLICY T1: the plate searched is recorded) are sealed apart from the immutable
-- record, so that a key rotation can re-seal them. The record keeps terms_commitment =
-- SHA-256(salt ":" terms) with a random salt sealed together with the terms; the hash chain
-- covers the commitment, never the sealed bytes, so it verifies after any rotation, and a dump
-- alone cannot test a guessed plate against it (the salt is sealed).
ALTER TABLE audit_record
  ADD COLUMN terms_commitment CHAR(64) NULL;

CREATE TABLE audit_terms (
  record_id        BIGINT          NOT NULL PRIMARY KEY,
  sealed           VARBINARY(2048) NOT NULL,
  CONSTRAINT audit_terms_record FOREIGN KEY (record_id) REFERENCES audit_record (id)
) ENGINE=InnoDB;
