-- Master data that events refer to is deactivated rather than deleted: it
-- stays in history, traces and exports, but new records no longer offer it.
ALTER TABLE party ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE location ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE product ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

-- Who changed master data, what and when: one row per field an edit changed,
-- and one per deactivation, reactivation or deletion. The time carries the
-- workspace's offset.
CREATE TABLE master_data_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(10)  NOT NULL,
    record_key  VARCHAR(300) NOT NULL,
    action      VARCHAR(12)  NOT NULL,
    field       VARCHAR(30),
    old_value   VARCHAR(300),
    new_value   VARCHAR(300),
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_change_record ON master_data_change(kind, record_key, id);
