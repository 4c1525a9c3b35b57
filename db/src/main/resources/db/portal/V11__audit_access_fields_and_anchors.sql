-- Audit trail (POLICY T1-T4): who looked at ALPR data, from which department or agency, for what
-- purpose and (law enforcement) which case and crime; and periodic anchors of the chain's head.

ALTER TABLE audit_record
  ADD COLUMN department   VARCHAR(200) NULL,
  ADD COLUMN purpose      VARCHAR(64)  NULL,
  ADD COLUMN terms        VARCHAR(500) NULL,
  ADD COLUMN case_number  VARCHAR(64)  NULL,
  ADD COLUMN crime_type   VARCHAR(100) NULL,
  ADD INDEX audit_by_user (username, occurred_at),
  ADD INDEX audit_by_action (action, occurred_at);

-- The chain's head as it was at a moment: a later verify proves that no record up to record_id
-- was changed, removed or inserted since (the anchor also goes to a file outside the database
-- when one is configured).
CREATE TABLE audit_anchor (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  anchored_at      DATETIME(6)  NOT NULL,
  record_id        BIGINT       NOT NULL,
  record_hash      CHAR(64)     NOT NULL,
  records          BIGINT       NOT NULL,
  UNIQUE KEY audit_anchor_record (record_id)
) ENGINE=InnoDB;

-- The portal never changes or removes an audit record (POLICY T2: the trail is kept and outlives
-- the data it describes). Only someone who drops these triggers can, and verify then shows it.
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records cannot be changed';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records cannot be removed';
