-- Encryption at rest (POLICY K1, issue 8) for the rest of the garage's plate text: operators'
-- corrections, lane exception details (a NO_ENTRY_FOUND detail lists plates), the outbox's event
-- payloads (opened just before they are sent; the portal receives the same JSON), purge orders (they
-- can name held plates) and reconciliation finding summaries (they name the plates of a finding).
-- Sealed like V100 (AES-256-GCM, key id in the value, the column as authenticated context); the
-- corrections' texts are compared and held through lookup hashes (HMAC-SHA256 under the garage's
-- lookup key).
-- Unlike V100/V101, rows of the old schema are not lost: the clear columns stay, nullable, and the
-- controller's start-up converter (ClearPlates, as for V110) seals each row left in them in
-- batches and empties them. New rows never write them, so a fresh database holds no plate in clear.
ALTER TABLE plate_correction
  MODIFY original_text VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
  MODIFY corrected_text VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD COLUMN original_hash BINARY(32) NULL AFTER corrected_text,
  ADD COLUMN original_sealed VARBINARY(160) NULL AFTER original_hash,
  ADD COLUMN corrected_hash BINARY(32) NULL AFTER original_sealed,
  ADD COLUMN corrected_sealed VARBINARY(160) NULL AFTER corrected_hash;

ALTER TABLE lane_exception
  MODIFY detail VARCHAR(2000) NULL,
  ADD COLUMN detail_sealed BLOB NULL AFTER detail;

ALTER TABLE outbox DROP CONSTRAINT outbox_payload_json;
ALTER TABLE outbox
  MODIFY payload LONGTEXT NULL,
  ADD COLUMN payload_sealed LONGBLOB NULL AFTER payload;

ALTER TABLE garage_purge DROP CONSTRAINT garage_purge_order_json;
ALTER TABLE garage_purge
  MODIFY order_json LONGTEXT NULL,
  ADD COLUMN order_sealed LONGBLOB NULL AFTER order_json;

ALTER TABLE reconciliation_finding
  MODIFY summary VARCHAR(500) NULL,
  ADD COLUMN summary_sealed BLOB NULL AFTER summary;
