-- Mock-recall drills: how long it took from choosing the lot to exporting the
-- list of recipients, as food-safety programmes ask to be shown.
CREATE TABLE recall_drill (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    lot          VARCHAR(300) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recipients   INT NOT NULL,
    parties      INT NOT NULL,
    held_kg      DECIMAL(20,3) NOT NULL
);
