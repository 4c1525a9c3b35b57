-- Indexes the reconciliation rules range over (see controller reconciliation.infrastructure).
-- gate_event_cycle, gate_event_vends and plate_read_by_time_plate are covering (InnoDB adds the
-- primary key): vend cycles, exit vends and plate pairs are read in order without the rows.

ALTER TABLE gate_event
  ADD INDEX gate_event_vends (garage_id, type, occurred_at, lane_id, decision_id),
  ADD INDEX gate_event_cycle (lane_id, occurred_at, type);
ALTER TABLE plate_read ADD INDEX plate_read_by_time_plate (garage_id, received_at, plate, lane_id);
ALTER TABLE parking_session ADD INDEX session_by_permit (garage_id, permit_id, entered_at);
ALTER TABLE payment ADD INDEX payment_lost_ticket (garage_id, lost_ticket, occurred_at);
