-- The rules a flagged event breaks are kept as their codes and arguments (a
-- JSON array, StoredWarnings) instead of a sentence in the importing process's
-- language, so that each reader sees them in its own. LegacyWarnings converts
-- the sentences stored before, recognising the rules' texts in English and
-- Chinese; the codes and arguments can be longer than the sentence was.
ALTER TABLE epcis_event ALTER COLUMN rule_warning SET DATA TYPE VARCHAR(20000);
