-- Indexes the reconciliation rules range over (see controller reconciliation.infrastructure).
-- gate_event_cycle and plate_read_by_time_plate are covering (InnoDB adds the primary key): vend
-- cycles and plate pairs are walked by streaming them in order without touching the rows.

ALTER TABLE gate_event
  ADD INDEX gate_event_by_type (garage_id, type, occurred_at),
  ADD INDEX gate_event_cycle (lane_id, occurred_at, type);
ALTER TABLE plate_read ADD INDEX plate_read_by_time_plate (garage_id, received_at, plate, lane_id);
ALTER TABLE parking_session ADD INDEX session_by_permit (garage_id, permit_id, entered_at);
ALTER TABLE payment ADD INDEX payment_lost_ticket (garage_id, lost_ticket, occurred_at);
