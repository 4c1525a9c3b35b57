-- The number of reads in each closed day partition of plate_read, counted once by the partition
-- job after the day ended (reads are stored with the time they were received, so a closed day
-- gets no new reads). A purge that drops the day reports this count as its proof (POLICY R4)
-- instead of scanning a million rows while the lanes run; held reads it moves between days are
-- added to the day that receives them, and a day the purge deleted rows from is counted again.
CREATE TABLE plate_read_day (
  partition_name  VARCHAR(16)  NOT NULL PRIMARY KEY,
  read_count      BIGINT       NOT NULL,
  counted_at      DATETIME(6)  NOT NULL,
  CONSTRAINT plate_read_day_reads CHECK (read_count >= 0)
) ENGINE=InnoDB;
