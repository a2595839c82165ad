-- Columns of imported school files that are not school fields, kept by name with their text as the file had it
-- (a CCD file's LEAID, address, charter status; a district's own "principal" column…). One value per name and school.
CREATE TABLE school_attribute (
    school_id       BIGINT        NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    attribute_name  VARCHAR(100)  NOT NULL,
    attribute_value VARCHAR(2000) NOT NULL,
    PRIMARY KEY (school_id, attribute_name),
    CONSTRAINT school_attribute_name_not_blank CHECK (TRIM(attribute_name) <> '')
);
