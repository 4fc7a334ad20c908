-- AgriTrace schema, version 1. Identifiers are canonical: GS1 keys as
-- https://id.gs1.org Digital Links, everything else as received.

-- Master data: parties, locations, products. External rows come from imported
-- documents and are not verified by anyone here.
CREATE TABLE party (
    uri          VARCHAR(300) PRIMARY KEY,
    uscc         CHAR(18) UNIQUE,
    gln          CHAR(13),
    name_zh      VARCHAR(200),
    name_en      VARCHAR(200),
    roles        VARCHAR(200),
    county       CHAR(6),
    external     BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE location (
    uri          VARCHAR(300) PRIMARY KEY,
    division     CHAR(6),
    name_zh      VARCHAR(200),
    name_en      VARCHAR(200),
    latitude     DECIMAL(9,6),
    longitude    DECIMAL(9,6),
    external     BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE product (
    gtin         CHAR(14) PRIMARY KEY,
    name_zh      VARCHAR(200),
    name_en      VARCHAR(200),
    category     VARCHAR(50),
    external     BOOLEAN DEFAULT FALSE NOT NULL
);

-- Product batches (lots), keyed by their GS1 Digital Link.
CREATE TABLE product_batch (
    code            VARCHAR(300) PRIMARY KEY,
    gtin            CHAR(14)      NOT NULL,
    lot             VARCHAR(20)   NOT NULL,
    product_name    VARCHAR(200)  NOT NULL,
    quantity        DECIMAL(18,3) NOT NULL,
    unit            VARCHAR(3)    NOT NULL,
    harvest_date    DATE          NOT NULL,
    origin_division CHAR(6)       NOT NULL,
    trace_code      CHAR(12)      NOT NULL UNIQUE,
    certifications  VARCHAR(100),
    CONSTRAINT uq_batch_gtin_lot UNIQUE (gtin, lot)
);

-- EPCIS 2.0 events as received (json), with the dimensions that queries need.
-- Ids come from the sequence in blocks, so bulk inserts can be batched.
CREATE SEQUENCE epcis_event_id CACHE 1000;
CREATE TABLE epcis_event (
    id           BIGINT       PRIMARY KEY,
    hash_id      CHAR(64)     NOT NULL UNIQUE,
    event_type   VARCHAR(30)  NOT NULL,
    event_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    action       VARCHAR(10),
    biz_step     VARCHAR(300),
    disposition  VARCHAR(300),
    read_point   VARCHAR(300),
    biz_location VARCHAR(300),
    -- possessing parties and destination location, the custody the rules and
    -- recall read (every source and destination stays in json)
    source_party VARCHAR(300),
    dest_party   VARCHAR(300),
    dest_location VARCHAR(300),
    -- VARCHAR, not CLOB: H2 keeps CLOBs in separate LOB storage, several times slower.
    json         VARCHAR(1000000) NOT NULL,
    prefixes     VARCHAR(4000),
    origin       VARCHAR(10)  NOT NULL,
    rule_warning VARCHAR(2000),
    -- errorDeclaration of a later copy of this event (same hash ID, CBV 2.0 §8.9)
    error_declaration CLOB,
    recorded_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- What each event is about, one row per identifier and role:
-- epc, quantity, input, output, parent, child. No foreign keys on the hot
-- path: EventRepository writes an event and its rows in one transaction.
CREATE TABLE event_item (
    event_id  BIGINT       NOT NULL,
    item      VARCHAR(300) NOT NULL,
    role      VARCHAR(10)  NOT NULL,
    quantity  DECIMAL(20,6),
    uom       VARCHAR(3)
);
CREATE INDEX ix_item_role ON event_item(item, role);
CREATE INDEX ix_item_event ON event_item(event_id);

-- Anchors to publish on chain, written in the same transaction as the event;
-- keyed by the event's id, which grows, so inserts append to the index.
CREATE TABLE anchor_outbox (
    event_id     BIGINT      PRIMARY KEY,
    state        VARCHAR(10) NOT NULL,
    attempts     INT         DEFAULT 0 NOT NULL,
    last_error   VARCHAR(2000),
    tx_hash      CHAR(66),
    block_number BIGINT,
    updated_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX ix_outbox_state ON anchor_outbox(state);
