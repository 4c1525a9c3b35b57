-- Encryption at rest (POLICY K1) for free text people type at the portal: a plate typed into a
-- reason, a synopsis or a note is sealed like plate text (AES-256-GCM with the portal's data keys,
-- the same envelope and rotation; admin-portal README "Encryption at rest"). Each such column gets
-- a sealed twin; the clear column becomes nullable: new rows leave it NULL, and the start-up
-- converter seals what older rows hold there, in batches. Structured values (enums, codes, ids,
-- case numbers, names of the accountable people) stay clear.

ALTER TABLE legal_hold
  MODIFY reason VARCHAR(1000) NULL,
  ADD COLUMN reason_sealed         BLOB NULL,
  ADD COLUMN release_reason_sealed BLOB NULL;

ALTER TABLE hot_list_entry
  MODIFY synopsis VARCHAR(2000) NULL,
  ADD COLUMN synopsis_sealed       BLOB NULL;

ALTER TABLE hot_list_hit
  ADD COLUMN disposition_note_sealed BLOB NULL;

-- refusal: a sharing rule's id, or the reason a coordinator typed when denying.
ALTER TABLE sharing_request
  MODIFY reason VARCHAR(2000) NULL,
  ADD COLUMN reason_sealed         BLOB NULL,
  ADD COLUMN refusal_sealed        BLOB NULL;

ALTER TABLE sharing_agency
  ADD COLUMN note_sealed           BLOB NULL;

ALTER TABLE finding_review
  MODIFY note VARCHAR(1000) NULL,
  ADD COLUMN note_sealed           BLOB NULL;

ALTER TABLE training_record
  ADD COLUMN detail_sealed         BLOB NULL;
