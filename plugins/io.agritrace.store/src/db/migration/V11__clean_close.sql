-- Whether the last process that had the database to itself closed it. H2 2.3.232
-- can leave secondary indexes out of step with their tables when its process is
-- killed: in 79 kills of an import, five left index entries without rows, or
-- rows without entries (the latter made the next delete of those rows fail). When
-- this says the last close was not clean, opening rebuilds every secondary index
-- from its table (CleanClose, IndexRebuild).
CREATE TABLE clean_close (
    id     INT PRIMARY KEY CHECK (id = 1),
    closed BOOLEAN NOT NULL
);
INSERT INTO clean_close VALUES (1, TRUE);
