-- One open session per plate (POLICY K1 key rotation): the unique key on open_plate_hash holds for
-- hashes under one lookup key. While a lookup-key rotation is pending (before the re-key has run),
-- an open session may still carry its hash under the old key, which that key cannot see; the
-- controller then serialises session openings on this row (SELECT ... FOR UPDATE, held to commit)
-- and looks for an open session under every key's hash before it opens one.
CREATE TABLE session_opening_lock (
  id            TINYINT      NOT NULL PRIMARY KEY,
  CONSTRAINT session_opening_lock_one CHECK (id = 1)
) ENGINE=InnoDB;
INSERT INTO session_opening_lock (id) VALUES (1);
