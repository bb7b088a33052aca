-- 100,000 incidents (one event each) over 300 places in 25 regions and two
-- years, the shape bench/query_bench.cc builds, in plain SQL so the load test
-- needs no extra binary. Run on a database `sitrep load` has just created.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -200000;
BEGIN;
INSERT INTO articles (id, content_hash, source, title, outlet, text, text_chars, published)
  VALUES (1, 'bench', 'bench', 'Generated article', 'Bench Wire', 'A generated event sentence.', 27, '2023-01-01');
-- The store indexes the articles it writes (schema version 2); this one too.
INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles;
WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r WHERE n < 24)
INSERT INTO entities (id, type, key, name, feature, geo_country, lat, lon)
  SELECT 1000 + n, 'location', 'Region' || n || ' Oblast', 'Region' || n || ' Oblast', 'region', 'UA',
         48 + n * 0.1, 30 + n * 0.2 FROM r;
WITH RECURSIVE p(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM p WHERE n < 299)
INSERT INTO entities (id, type, key, name, feature, admin1, geo_country, lat, lon)
  SELECT 10 + n, 'location', 'Place' || n, 'Place' || n, 'city', 'Region' || (n % 25) || ' Oblast', 'UA',
         46 + (n % 20) * 0.35, 24 + (n / 20) * 1.0 FROM p;
INSERT INTO entity_aliases SELECT id, name FROM entities WHERE id >= 10;
CREATE TEMP TABLE gen AS
  WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < 100000)
  SELECT i,
         (i * 7919) % 300 AS p,
         date('2023-01-01', '+' || ((i * 104729) % 730) || ' days') AS day,
         CASE (i * 31) % 6 WHEN 0 THEN 'attack' WHEN 1 THEN 'interception' WHEN 2 THEN 'clash'
              WHEN 3 THEN 'territory' WHEN 4 THEN 'casualties' ELSE 'infrastructure' END AS type
  FROM g;
INSERT INTO incidents (id, type, location_name, location_entity, admin1, country, lat, lon, actor_country,
                       date_value, date_start, date_end, sources, articles, events, summary)
  SELECT i, type, 'Place' || p, 10 + p, 'Region' || (p % 25) || ' Oblast', 'UA',
         46 + (p % 20) * 0.35, 24 + (p / 20) * 1.0, 'RU', day, day, day, 1, 1, 1, 'A generated incident.' FROM gen;
INSERT INTO events (article_id, local_id, type, location_name, location_entity, date_value, date_start, date_end,
                    day, status, modality, rule, confidence, evidence_start, evidence_end, evidence_text, incident_id)
  SELECT 1, 'v' || i, type, 'Place' || p, 10 + p, day, day, day, day, 'reported', 'asserted', 'bench', 0.5, 0, 27,
         'A generated event sentence.', i FROM gen;
COMMIT;
ANALYZE;
