-- The places where harvests are recorded (fields, gardens), which the Record
-- Event wizard leaves out of a shipment's "To site": each site is looked up
-- here by its location and step, where the query read every event.
CREATE INDEX ix_event_location_step ON epcis_event(biz_location, biz_step);
