-- Permit groups (issue 6): the permits of one holder in a garage share "Parks", how many of
-- their vehicles may be inside at once. A holder without a row parks one vehicle per permit.
CREATE TABLE permit_group (
  garage_id     VARCHAR(64)  NOT NULL,
  holder        VARCHAR(200) NOT NULL,
  parks         INT          NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (garage_id, holder),
  CONSTRAINT permit_group_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  CONSTRAINT permit_group_parks CHECK (parks BETWEEN 1 AND 10000)
) ENGINE=InnoDB;

-- Occupancy counts the open sessions of a garage, and a permit group's through its permits.
ALTER TABLE permit ADD INDEX permit_by_holder (garage_id, holder);
