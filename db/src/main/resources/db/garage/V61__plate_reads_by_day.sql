-- Plate reads partitioned by day of received_at (issue 8), so that a purge drops a day's partition
-- instead of deleting its rows one by one. MariaDB's rules: the partition key is part of every
-- unique key (the primary key becomes (id, received_at)) and a partitioned table has no foreign
-- keys, neither its own nor others' pointing at it (dropped in V60 and here). Partitions are cut by
-- the controller (ReadPartitions): each day gets p<yyyymmdd>, made ahead of time by splitting
-- p_future; p_start only anchors the lowest range. Days are UTC days (received_at is UTC).
ALTER TABLE plate_read
  DROP FOREIGN KEY plate_read_lane,
  DROP FOREIGN KEY plate_read_camera;
ALTER TABLE plate_read DROP PRIMARY KEY, ADD PRIMARY KEY (id, received_at);
ALTER TABLE plate_read PARTITION BY RANGE (TO_DAYS(received_at)) (
  PARTITION p_start VALUES LESS THAN (TO_DAYS('2020-01-01')),
  PARTITION p_future VALUES LESS THAN MAXVALUE);

-- Held reads (POLICY R3) of a day about to be dropped wait here while the partition goes, then
-- return to plate_read (into the next day's range). Rows left here by a crash are returned at the
-- next purge. Same columns in the same order as plate_read: a migration that adds a column to
-- plate_read adds it here too.
CREATE TABLE plate_read_kept LIKE plate_read;
ALTER TABLE plate_read_kept REMOVE PARTITIONING;
