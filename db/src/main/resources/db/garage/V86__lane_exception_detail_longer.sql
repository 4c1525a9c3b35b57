-- An operator exception's detail holds what the operator needs to decide: a NO_ENTRY_FOUND exit
-- lists every open entry one confusable character away (plate, entry time, session and decision
-- ids), which does not fit 255 characters when there are more than two.
ALTER TABLE lane_exception MODIFY detail VARCHAR(2000) NOT NULL;
