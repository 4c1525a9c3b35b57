-- Encryption at rest (POLICY K1, issue 8) for the garage's operator free text: what an operator
-- types can name a plate ("vend for AB123CD, ticket lost"). Sealed like V115 (AES-256-GCM, key id
-- in the value, the column as authenticated context): a gate event's detail (an operator vend's
-- operator and reason, a device error), a lane mode change's reason, a finding disposition's note,
-- a correction's and an exit decision's reason, a payment override's reason.
-- The clear columns stay, nullable, for rows written before; the controller's start-up converter
-- (ClearPlates) seals them in batches and empties them. New rows never write them.
ALTER TABLE gate_event
  ADD COLUMN detail_sealed VARBINARY(1100) NULL AFTER detail;

ALTER TABLE lane_mode_change
  MODIFY reason VARCHAR(500) NULL,
  ADD COLUMN reason_sealed BLOB NULL AFTER reason;

ALTER TABLE finding_disposition
  MODIFY note VARCHAR(1000) NULL,
  ADD COLUMN note_sealed BLOB NULL AFTER note;

ALTER TABLE plate_correction
  MODIFY reason VARCHAR(500) NULL,
  ADD COLUMN reason_sealed BLOB NULL AFTER reason;

ALTER TABLE exit_entry_decision
  MODIFY reason VARCHAR(500) NULL,
  ADD COLUMN reason_sealed BLOB NULL AFTER reason;

-- An override is still told by its reason being present, now in either column.
ALTER TABLE payment
  ADD COLUMN override_reason_sealed BLOB NULL AFTER override_reason;
ALTER TABLE payment
  MODIFY overridden BOOLEAN AS (override_reason IS NOT NULL OR override_reason_sealed IS NOT NULL)
    PERSISTENT;
