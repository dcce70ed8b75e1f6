-- Organisations, their users, sessions (refresh tokens), invitations and sign-in throttling.

CREATE TABLE organisation (
    id            UUID          PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('CLIENT', 'VENDOR', 'PARK_OPERATOR', 'AUTHORITY')),
    name_zh       VARCHAR(200)  NOT NULL CHECK (btrim(name_zh) <> ''),
    name_en       VARCHAR(200)  CHECK (name_en IS NULL OR btrim(name_en) <> ''),
    -- 统一社会信用代码 (GB 32100-2015); the check character is verified by the application
    credit_code   CHAR(18)      NOT NULL UNIQUE,
    city          VARCHAR(40)   NOT NULL REFERENCES city (code),
    contact_name  VARCHAR(100),
    contact_phone VARCHAR(40),
    demo          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id                  UUID          PRIMARY KEY,
    organisation_id     UUID          NOT NULL REFERENCES organisation (id),
    email               VARCHAR(254)  NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1),
    display_name        VARCHAR(100)  NOT NULL CHECK (btrim(display_name) <> ''),
    password_hash       VARCHAR(200)  NOT NULL,
    role                VARCHAR(20)   NOT NULL CHECK (role IN ('ORG_ADMIN', 'MEMBER')),
    created_at          TIMESTAMPTZ   NOT NULL,
    removed_at          TIMESTAMPTZ,
    version             BIGINT        NOT NULL DEFAULT 0
);

CREATE INDEX app_user_by_organisation ON app_user (organisation_id) WHERE removed_at IS NULL;
-- [jooq ignore start]
-- One active account per e-mail address; a removed member's address may be used again.
CREATE UNIQUE INDEX app_user_active_email ON app_user (email) WHERE removed_at IS NULL;
-- [jooq ignore stop]

-- Refresh tokens are stored only as SHA-256 hashes. A token is used once: using it rotates it
-- to a new one of the same family; presenting a rotated token again revokes the whole family.
CREATE TABLE refresh_token (
    id          UUID         PRIMARY KEY,
    family_id   UUID         NOT NULL,
    user_id     UUID         NOT NULL REFERENCES app_user (id),
    token_hash  CHAR(64)     NOT NULL UNIQUE,
    issued_at   TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL CHECK (expires_at > issued_at),
    rotated_at  TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);

CREATE INDEX refresh_token_by_family ON refresh_token (family_id);
CREATE INDEX refresh_token_by_user ON refresh_token (user_id);

CREATE TABLE invitation (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    email            VARCHAR(254)  NOT NULL CHECK (email = lower(email)),
    role             VARCHAR(20)   NOT NULL CHECK (role IN ('ORG_ADMIN', 'MEMBER')),
    token_hash       CHAR(64)      NOT NULL UNIQUE,
    invited_by       UUID          NOT NULL REFERENCES app_user (id),
    created_at       TIMESTAMPTZ   NOT NULL,
    expires_at       TIMESTAMPTZ   NOT NULL CHECK (expires_at > created_at),
    accepted_at      TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ,
    CHECK (accepted_at IS NULL OR revoked_at IS NULL)
);

-- [jooq ignore start]
CREATE UNIQUE INDEX invitation_one_open_per_email
    ON invitation (organisation_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL;
-- [jooq ignore stop]

-- Failed sign-ins counted per subject ('email:<address>' or 'address:<client ip>') in a window;
-- shared by every application instance because it lives here.
CREATE TABLE sign_in_throttle (
    subject            VARCHAR(300)  PRIMARY KEY,
    failures           INTEGER       NOT NULL CHECK (failures >= 0),
    window_started_at  TIMESTAMPTZ   NOT NULL,
    blocked_until      TIMESTAMPTZ
);
