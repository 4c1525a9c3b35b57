-- An audit record's detail names what people typed (a hold's reason, a disposition note...), so it
-- is sealed like the record's terms (POLICY K1, V80): kept apart from the immutable record, with
-- the random salt of its commitment; the hash chain covers SHA-256(salt ":" detail), never the
-- sealed bytes, so it verifies after any key rotation and a dump cannot test a guess against it.
-- Records written before this keep their detail where it is: the trail is immutable (POLICY T2).
CREATE TABLE audit_detail (
  record_id        BIGINT          NOT NULL PRIMARY KEY,
  sealed           BLOB            NOT NULL,
  CONSTRAINT audit_detail_record FOREIGN KEY (record_id) REFERENCES audit_record (id)
) ENGINE=InnoDB;
