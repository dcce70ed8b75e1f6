-- Reference data: the capability taxonomy (versioned: a version adds capabilities or retires them,
-- codes are never reused or renamed) and the client industries of the provincial policy.

CREATE TABLE capability_taxonomy_version (
    version      INTEGER       PRIMARY KEY CHECK (version > 0),
    published_on DATE          NOT NULL,
    note         VARCHAR(400)  NOT NULL
);

-- ITO, BPO, later e.g. KPO: a new group is a row here and its capabilities rows below.
CREATE TABLE capability_group (
    code       VARCHAR(20)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9]*$'),
    name_zh    VARCHAR(60)  NOT NULL UNIQUE,
    name_en    VARCHAR(120) NOT NULL UNIQUE,
    sort_order SMALLINT     NOT NULL UNIQUE
);

CREATE TABLE capability (
    code               VARCHAR(60)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    group_code         VARCHAR(20)  NOT NULL REFERENCES capability_group (code),
    name_zh            VARCHAR(60)  NOT NULL UNIQUE,
    name_en            VARCHAR(120) NOT NULL UNIQUE,
    sort_order         SMALLINT     NOT NULL UNIQUE,
    introduced_in      INTEGER      NOT NULL REFERENCES capability_taxonomy_version (version),
    retired_in         INTEGER      REFERENCES capability_taxonomy_version (version),
    CHECK (retired_in IS NULL OR retired_in > introduced_in)
);

INSERT INTO capability_taxonomy_version (version, published_on, note) VALUES
    (1, DATE '2026-01-01', 'ITO and BPO categories of the provincial service-outsourcing policy');

INSERT INTO capability_group (code, name_zh, name_en, sort_order) VALUES
    ('ITO', '信息技术外包', 'Information technology outsourcing (ITO)', 1),
    ('BPO', '业务流程外包', 'Business process outsourcing (BPO)', 2);

INSERT INTO capability (code, group_code, name_zh, name_en, sort_order, introduced_in) VALUES
    ('ITO_APPLICATION_SOFTWARE', 'ITO', '应用软件开发与服务', 'Application software development and services', 1, 1),
    ('ITO_EMBEDDED_SOFTWARE',    'ITO', '嵌入式软件',         'Embedded software', 2, 1),
    ('ITO_SAAS',                 'ITO', '软件即服务（SaaS）', 'Software as a service (SaaS)', 3, 1),
    ('ITO_GIS',                  'ITO', '地理信息服务',       'Geographic information (GIS)', 4, 1),
    ('BPO_CALL_CENTRE',          'BPO', '呼叫中心',           'Call centre', 11, 1),
    ('BPO_FINANCE_ACCOUNTING',   'BPO', '财务与会计支持',     'Finance and accounting support', 12, 1),
    ('BPO_HR_MANAGEMENT',        'BPO', '人力资源管理',       'HR management', 13, 1),
    ('BPO_SUPPLY_CHAIN',         'BPO', '供应链管理',         'Supply-chain management', 14, 1),
    ('BPO_DATA_PROCESSING',      'BPO', '数据处理',           'Data processing', 15, 1),
    ('BPO_RESEARCH_DEVELOPMENT', 'BPO', '研发服务',           'Research and development', 16, 1),
    ('BPO_ENGINEERING_DESIGN',   'BPO', '工程设计',           'Engineering design', 17, 1);

CREATE TABLE industry (
    code       VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]*$'),
    name_zh    VARCHAR(40)  NOT NULL UNIQUE,
    name_en    VARCHAR(80)  NOT NULL UNIQUE,
    sort_order SMALLINT     NOT NULL UNIQUE
);

INSERT INTO industry (code, name_zh, name_en, sort_order) VALUES
    ('FINANCE',                 '金融',       'Finance', 1),
    ('INSURANCE',               '保险',       'Insurance', 2),
    ('TELECOM',                 '电信',       'Telecom', 3),
    ('PETROCHEMICAL',           '石油石化',   'Petroleum and petrochemical', 4),
    ('EQUIPMENT_MANUFACTURING', '装备制造',   'Equipment manufacturing', 5),
    ('BIOMEDICINE',             '生物医药',   'Biomedicine', 6),
    ('LOGISTICS',               '物流配送',   'Logistics and distribution', 7),
    ('GOVERNMENT',              '政府',       'Government', 8);
