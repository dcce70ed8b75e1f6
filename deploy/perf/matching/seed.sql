-- Benchmark data for matching: :vendors vendor firms with profiles, and :tenders active tenders of
-- the client :client, with capabilities, languages, certifications (some expired, some below the
-- level) and case studies drawn deterministically from the row number. Every row is queued in the
-- search outbox so the relay indexes it, as a real change would be.
\set ON_ERROR_STOP on

CREATE TEMP TABLE caps AS
SELECT ARRAY['ITO_APPLICATION_SOFTWARE','ITO_EMBEDDED_SOFTWARE','ITO_SAAS','ITO_GIS','BPO_CALL_CENTRE',
             'BPO_FINANCE_ACCOUNTING','BPO_HR_MANAGEMENT','BPO_SUPPLY_CHAIN','BPO_DATA_PROCESSING',
             'BPO_RESEARCH_DEVELOPMENT','BPO_ENGINEERING_DESIGN'] AS codes,
       ARRAY['harbin','qiqihar','daqing','mudanjiang','jiamusi'] AS cities,
       ARRAY['FINANCE','INSURANCE','TELECOM','PETROCHEMICAL','EQUIPMENT_MANUFACTURING','BIOMEDICINE',
             'LOGISTICS','GOVERNMENT'] AS industries;

INSERT INTO organisation (id, kind, name_zh, name_en, credit_code, city, created_at)
SELECT md5('bench-vendor-' || g)::uuid, 'VENDOR', '基准软件服务有限公司' || g, 'Bench Software ' || g,
       'BV' || lpad(g::text, 16, '0'), c.cities[1 + g % 5], now()
FROM generate_series(1, :vendors) g, caps c;

INSERT INTO vendor_profile (organisation_id, legal_name_zh, legal_name_en, credit_code, city, headcount,
                            description, created_at, updated_at)
SELECT md5('bench-vendor-' || g)::uuid, '基准软件服务有限公司' || g, 'Bench Software ' || g,
       'BV' || lpad(g::text, 16, '0'), c.cities[1 + g % 5], 20 + (g * 7919) % 3000,
       '专注银行与保险行业的应用软件开发、呼叫中心和数据处理服务 software development call centre data processing',
       now(), now()
FROM generate_series(1, :vendors) g, caps c;

INSERT INTO vendor_capability (organisation_id, capability_code, years_of_experience)
SELECT DISTINCT ON (1, 2) md5('bench-vendor-' || g)::uuid, c.codes[1 + (g * k * 31) % 11], (g + k) % 12
FROM generate_series(1, :vendors) g, generate_series(1, 3) k, caps c;

INSERT INTO vendor_language (organisation_id, language)
SELECT md5('bench-vendor-' || g)::uuid, 'zh' FROM generate_series(1, :vendors) g
UNION ALL
SELECT md5('bench-vendor-' || g)::uuid, 'en' FROM generate_series(1, :vendors) g WHERE g % 2 = 0;

INSERT INTO certification (id, organisation_id, type, level, certificate_number, issuer, issued_on, expires_on,
                           status, reviewed_at, created_at, updated_at)
SELECT md5('bench-iso-' || g)::uuid, md5('bench-vendor-' || g)::uuid, 'ISO_IEC_27001', NULL, 'B-' || g, '基准认证',
       current_date - 400, current_date + ((g % 10) - 2) * 60,
       CASE WHEN g % 7 = 0 THEN 'UNVERIFIED' ELSE 'VERIFIED' END,
       CASE WHEN g % 7 = 0 THEN NULL ELSE now() END, now(), now()
FROM generate_series(1, :vendors) g WHERE g % 5 <> 0
UNION ALL
SELECT md5('bench-cmmi-' || g)::uuid, md5('bench-vendor-' || g)::uuid, 'CMMI', 1 + g % 5, 'C-' || g, '基准认证',
       current_date - 400, current_date + 700, 'VERIFIED', now(), now(), now()
FROM generate_series(1, :vendors) g WHERE g % 3 = 0;

INSERT INTO vendor_case_study (organisation_id, position, title, client_industry, year, value_band)
SELECT md5('bench-vendor-' || g)::uuid, k, '银行核心系统项目 ' || k, c.industries[1 + (g + k) % 8], 2020 + k, 'FROM_1M_TO_5M'
FROM generate_series(1, :vendors) g, generate_series(0, 2) k, caps c WHERE (g + k) % 2 = 0;

INSERT INTO tender (id, client_organisation_id, created_by, status, title, description, client_industry, city,
                    delivery_mode, budget_min, budget_max, minimum_headcount, clarification_deadline, bid_deadline,
                    price_weight, published_at, created_at, updated_at)
SELECT md5('bench-tender-' || g)::uuid, :'client', :'client_user', 'ACTIVE',
       '基准招标 应用软件开发服务 ' || g, '银行渠道系统 application software development and maintenance ' || g,
       c.industries[1 + g % 8], c.cities[1 + g % 5], 'ONSHORE', 100000, 100000 + (g % 200) * 50000,
       (g % 5) * 50, now() + interval '5 days', now() + interval '10 days' + (g % 100) * interval '1 hour',
       100, now() - interval '1 day', now(), now()
FROM generate_series(1, :tenders) g, caps c;

INSERT INTO tender_capability (tender_id, capability_code)
SELECT DISTINCT md5('bench-tender-' || g)::uuid, c.codes[1 + (g * k * 17) % 11]
FROM generate_series(1, :tenders) g, generate_series(1, 2) k, caps c;

INSERT INTO tender_language (tender_id, language)
SELECT md5('bench-tender-' || g)::uuid, 'zh' FROM generate_series(1, :tenders) g
UNION ALL
SELECT md5('bench-tender-' || g)::uuid, 'en' FROM generate_series(1, :tenders) g WHERE g % 4 = 0;

INSERT INTO tender_certification (tender_id, type, minimum_level)
SELECT md5('bench-tender-' || g)::uuid, 'ISO_IEC_27001', NULL FROM generate_series(1, :tenders) g WHERE g % 3 = 0
UNION ALL
SELECT md5('bench-tender-' || g)::uuid, 'CMMI', 3 FROM generate_series(1, :tenders) g WHERE g % 10 = 0;

INSERT INTO search_outbox (index_name, document_id, enqueued_at, next_attempt_at)
SELECT 'vendors', md5('bench-vendor-' || g)::uuid::text, now(), now() FROM generate_series(1, :vendors) g
UNION ALL
SELECT 'tenders', md5('bench-tender-' || g)::uuid::text, now(), now() FROM generate_series(1, :tenders) g;

ANALYZE;
