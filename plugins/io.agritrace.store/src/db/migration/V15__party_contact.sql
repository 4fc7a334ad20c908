-- A telephone number for each party: recall lists and certificates carry it.
ALTER TABLE party ADD COLUMN contact VARCHAR(20);
