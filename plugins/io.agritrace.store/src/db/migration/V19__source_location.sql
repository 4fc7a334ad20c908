-- Where a shipment leaves from (its sourceList location), which the custody of
-- a lot (core's CustodyChain, fed from these columns by the store) reads beside
-- the possessing parties and the destination. SourceLocations fills it for the
-- events stored before, from their JSON.
ALTER TABLE epcis_event ADD COLUMN source_location VARCHAR(300);
