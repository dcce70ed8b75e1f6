-- Uploaded files: the bytes live in a document store (the file system under the data directory,
-- later perhaps an object store); this table knows who owns each file and what it really is.
CREATE TABLE document (
    id                       UUID          PRIMARY KEY,
    owner_organisation_id    UUID          NOT NULL REFERENCES organisation (id),
    uploaded_by              UUID          NOT NULL REFERENCES app_user (id),
    file_name                VARCHAR(200)  NOT NULL CHECK (btrim(file_name) <> ''),
    -- the type found in the content itself, never the one the uploader claimed
    content_type             VARCHAR(40)   NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes               BIGINT        NOT NULL CHECK (size_bytes > 0),
    sha256                   CHAR(64)      NOT NULL,
    storage_key              VARCHAR(200)  NOT NULL UNIQUE,
    uploaded_at              TIMESTAMPTZ   NOT NULL
);

CREATE INDEX document_by_owner ON document (owner_organisation_id);
