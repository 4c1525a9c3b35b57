-- Plates read from camera frames (issue 3): the frames kept with their reads, how each decision
-- matched its plate, the image attached to read exceptions, and operators' corrections (POLICY K3).

-- A camera frame the controller read (pushed to it or pulled from the camera's snapshot URI). The
-- image is a file under the controller's frame folder (path relative to it, with the SHA-256 of
-- the JPEG); path is NULL when the folder's size limit left it unkept. Plate images are ALPR data:
-- a retention purge deletes the file by its path, then sets path NULL or deletes the row (R1).
-- Encryption at rest comes with the security issue.
CREATE TABLE plate_frame (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  lane_id       VARCHAR(64)  NOT NULL,
  camera_id     VARCHAR(64)  NOT NULL,
  source        VARCHAR(16)  NOT NULL,
  path          VARCHAR(500) NULL,
  sha256        CHAR(64) CHARACTER SET ascii NULL,
  bytes         INT          NOT NULL,
  width         INT          NOT NULL,
  height        INT          NOT NULL,
  received_at   DATETIME(6)  NOT NULL,
  CONSTRAINT plate_frame_lane FOREIGN KEY (lane_id) REFERENCES lane (id),
  CONSTRAINT plate_frame_camera FOREIGN KEY (camera_id) REFERENCES camera (id),
  CONSTRAINT plate_frame_source CHECK (source IN ('push', 'snapshot')),
  CONSTRAINT plate_frame_kept CHECK ((path IS NULL) = (sha256 IS NULL)),
  CONSTRAINT plate_frame_size CHECK (bytes > 0 AND width > 0 AND height > 0),
  INDEX plate_frame_by_time (garage_id, received_at)
) ENGINE=InnoDB;

-- A read from a frame names its frame; per-character confidences (comma separated, 0..1) when the
-- reader gave them. No foreign keys to or from plate_read: it is partitioned by day for purges
-- (V61), and MariaDB allows none on a partitioned table; plate_frame rows and files go by purge.
ALTER TABLE plate_read
  ADD COLUMN frame_id UUID NULL AFTER camera_id,
  ADD COLUMN char_confidences VARCHAR(200) NULL AFTER confidence,
  ADD INDEX plate_read_by_frame (frame_id);

-- How the read plate was matched to a known plate (EXACT, FOLDED, CONFUSABLE, AMBIGUOUS, NONE), the
-- plate it matched, and what made the read one vehicle's read (HIGH_CONFIDENCE, AGREEMENT,
-- BELOW_THRESHOLD, OPERATOR). NULL on decisions taken before this migration.
ALTER TABLE access_decision
  ADD COLUMN matched_plate VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER plate,
  ADD COLUMN plate_match VARCHAR(16) NULL AFTER matched_plate,
  ADD COLUMN match_detail VARCHAR(100) NULL AFTER plate_match,
  ADD COLUMN read_basis VARCHAR(16) NULL AFTER match_detail,
  ADD COLUMN reads_agreeing INT NULL AFTER read_basis;

-- The read and the image an operator needs beside a read exception (ids only: reads and frames
-- are purged by day, the exception may outlive them).
ALTER TABLE lane_exception
  ADD COLUMN plate_read_id UUID NULL AFTER decision_id,
  ADD COLUMN frame_id UUID NULL AFTER plate_read_id,
  ADD INDEX lane_exception_by_read (plate_read_id),
  ADD INDEX lane_exception_by_frame (frame_id);

-- An operator's correction of a read (or of a vehicle nobody read), audited: who, when, why, what
-- was read and what the operator saw. Its texts are plate data: purged with the reads (R1); ids
-- only, no foreign keys to the purged tables. The corrected text is stored as a read of its own (source
-- 'operator') so that the access decision it leads to names its read like every other decision.
CREATE TABLE plate_correction (
  id                 UUID         NOT NULL PRIMARY KEY,
  garage_id          VARCHAR(64)  NOT NULL,
  lane_id            VARCHAR(64)  NOT NULL,
  plate_read_id      UUID         NULL,
  exception_id       UUID         NULL,
  corrected_read_id  UUID         NOT NULL,
  original_text      VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin  NULL,
  corrected_text     VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin  NOT NULL,
  operator           VARCHAR(100) NOT NULL,
  reason             VARCHAR(500) NOT NULL,
  corrected_at       DATETIME(6)  NOT NULL,
  decision_id        UUID         NULL,
  CONSTRAINT correction_lane FOREIGN KEY (lane_id) REFERENCES lane (id),
  CONSTRAINT correction_target CHECK (plate_read_id IS NOT NULL OR exception_id IS NOT NULL),
  INDEX correction_by_time (garage_id, corrected_at),
  INDEX correction_by_exception (exception_id),
  INDEX correction_by_read (plate_read_id),
  INDEX correction_by_new_read (corrected_read_id),
  INDEX correction_by_decision (decision_id)
) ENGINE=InnoDB;

-- Plates compared with letter O as digit 0 and letter I as digit 1 (a garage setting, on by
-- default): the folded forms, indexed, for looking up the permits and open sessions near a read.
ALTER TABLE permit
  ADD COLUMN plate_folded VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin
    AS (REPLACE(REPLACE(plate, 'O', '0'), 'I', '1')) PERSISTENT,
  ADD INDEX permit_by_folded_plate (garage_id, plate_folded);

ALTER TABLE parking_session
  ADD COLUMN open_plate_folded VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin
    AS (IF(exited_at IS NULL, REPLACE(REPLACE(plate, 'O', '0'), 'I', '1'), NULL)) PERSISTENT,
  ADD INDEX session_by_open_folded_plate (garage_id, open_plate_folded);
