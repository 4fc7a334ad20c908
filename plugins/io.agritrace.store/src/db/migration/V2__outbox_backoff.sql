-- Exponential backoff for failed anchors: a failed event is offered again only
-- from this time on, so that one the node keeps refusing does not hold up the
-- others behind it.
ALTER TABLE anchor_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
