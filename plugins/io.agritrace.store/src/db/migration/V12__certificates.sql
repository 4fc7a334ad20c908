-- A batch's labels now carry their certificates: LABEL:NUMBER:FROM:UNTIL each,
-- separated by ";" (see io.agritrace.core.model.Certificate); a bare label, as
-- rows before this version hold, is claimed without its certificate.
ALTER TABLE product_batch ALTER COLUMN certifications SET DATA TYPE VARCHAR(1000);
