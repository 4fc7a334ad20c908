-- Product batches (lots), keyed by their GS1 Digital Link.
CREATE TABLE product_batch (
    code            VARCHAR(200) PRIMARY KEY,
    gtin            CHAR(14)      NOT NULL,
    lot             VARCHAR(20)   NOT NULL,
    product_name    VARCHAR(200)  NOT NULL,
    quantity        DECIMAL(18,3) NOT NULL,
    unit            VARCHAR(3)    NOT NULL,
    harvest_date    DATE          NOT NULL,
    origin_division CHAR(6)       NOT NULL,
    CONSTRAINT uq_batch_gtin_lot UNIQUE (gtin, lot)
);

-- Custody events; the full EPCIS 2.0 shape arrives with a later migration.
CREATE TABLE custody_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_code   VARCHAR(200) NOT NULL REFERENCES product_batch(code),
    event_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    biz_step     VARCHAR(100) NOT NULL,
    biz_location VARCHAR(100) NOT NULL
);
CREATE INDEX ix_event_batch_time ON custody_event(batch_code, event_time);
