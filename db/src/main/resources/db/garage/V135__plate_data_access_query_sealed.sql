-- POLICY K1: what an access to plate data asked (path and query) is sealed, because a query can
-- name a plate (GET /api/permits?plate=...). `resource` keeps only the path, in clear. Rows V121
-- wrote with a query in `resource` are sealed into asked_sealed by the start-up converter
-- (ClearPlates), which then empties `resource` on them.
ALTER TABLE plate_data_access
  ADD COLUMN asked_sealed VARBINARY(1200) NULL AFTER resource,
  MODIFY resource VARCHAR(1000) NULL;
