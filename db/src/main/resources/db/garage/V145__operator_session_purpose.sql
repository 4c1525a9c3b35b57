-- POLICY U1, T1: the purpose an operator chose at log-on, from the purposes the jurisdiction
-- profile gives their roles (an id such as garage-access). Each access to plate data through the
-- session records it, unless the request states another allowed purpose (header Parcs-Purpose).
-- Sessions opened before this column have none: their views are refused until the operator logs
-- on again and chooses one.
ALTER TABLE operator_session ADD COLUMN purpose VARCHAR(64) NULL AFTER ip;
