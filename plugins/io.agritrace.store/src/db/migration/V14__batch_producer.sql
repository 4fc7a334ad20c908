-- The organisation that produced a batch (its party URI): the cooperative that
-- harvested it, the mill that milled it. Batches registered before this version
-- have none.
ALTER TABLE product_batch ADD COLUMN producer VARCHAR(200);
