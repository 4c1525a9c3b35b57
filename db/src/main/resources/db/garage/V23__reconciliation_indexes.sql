-- Indexes the reconciliation rules' set-based queries range over (see controller
-- reconciliation.infrastructure): gate events by type, permit stays, lost-ticket payments.

ALTER TABLE gate_event ADD INDEX gate_event_by_type (garage_id, type, occurred_at);
ALTER TABLE parking_session ADD INDEX session_by_permit (garage_id, permit_id, entered_at);
ALTER TABLE payment ADD INDEX payment_lost_ticket (garage_id, lost_ticket, occurred_at);
