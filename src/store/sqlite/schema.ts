// The schema, as numbered migrations. Plain tables with plain names, so that any SQLite tool can
// read the file. Never edit a released migration: add the next one.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const V1_CORE = `
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  documents INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  title TEXT, outlet TEXT, url TEXT, published TEXT, language TEXT NOT NULL,
  wire TEXT, origin TEXT,
  text TEXT NOT NULL,
  offsets TEXT NOT NULL,
  signature BLOB NOT NULL,
  story_id INTEGER NOT NULL REFERENCES stories(id),
  extractor TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_story ON documents(story_id);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_extractor ON documents(extractor);
CREATE INDEX documents_wire ON documents(wire, title) WHERE wire IS NOT NULL;
CREATE TABLE document_bands (
  band INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
CREATE INDEX document_bands_document ON document_bands(document_id);
CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, paragraph INTEGER NOT NULL,
  UNIQUE (document_id, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE actors (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  key TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT, category TEXT,
  details TEXT
);
CREATE INDEX entities_document ON entities(document_id, key);
CREATE INDEX entities_key ON entities(key);
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, country, name)
);
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL, supplier TEXT, recipient TEXT, participants TEXT, target TEXT,
  status TEXT NOT NULL, factuality TEXT NOT NULL, stance TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  via TEXT NOT NULL,
  time_text TEXT, time_start TEXT, time_end TEXT,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
  cue TEXT,
  sentence_id INTEGER REFERENCES sentences(id) ON DELETE SET NULL,
  origin TEXT NOT NULL,
  reported TEXT,
  month TEXT,
  extractor TEXT NOT NULL,
  explain TEXT
);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_source ON claims(source_id, stance, document_id);
CREATE INDEX claims_pair_month ON claims(supplier, recipient, month);
CREATE INDEX claims_sentence ON claims(sentence_id);
CREATE TABLE claim_items (
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  category TEXT NOT NULL, coarse TEXT NOT NULL, text TEXT NOT NULL,
  quantity_value REAL, quantity_unit TEXT, quantity_qualifier TEXT,
  PRIMARY KEY (claim_id, idx)
) WITHOUT ROWID;
CREATE INDEX claim_items_coarse ON claim_items(coarse);
CREATE TABLE ingest_errors (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);
`;

const V1_ALLEGATIONS = `
CREATE TABLE allegations (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL, supplier TEXT, recipient TEXT, item TEXT NOT NULL,
  status TEXT NOT NULL,
  claims_for INTEGER NOT NULL DEFAULT 0,
  claims_against INTEGER NOT NULL DEFAULT 0,
  claims_neutral INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
  sources INTEGER NOT NULL DEFAULT 0,
  independent_origins INTEGER NOT NULL DEFAULT 0,
  denying_origins INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT, last_seen TEXT,
  max_quantity_value REAL, max_quantity_unit TEXT, max_quantity_qualifier TEXT,
  max_quantity_claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL,
  -- Σ ln(1 − w) over asserting and over denying origins: confidence is kept up to date from these.
  support_log REAL NOT NULL DEFAULT 0,
  doubt_log REAL NOT NULL DEFAULT 0,
  confidence REAL NOT NULL DEFAULT 0
);
CREATE INDEX allegations_pair ON allegations(supplier, recipient, item);
CREATE INDEX allegations_recipient ON allegations(recipient, supplier);
CREATE INDEX allegations_status ON allegations(status, independent_origins);
CREATE INDEX allegations_last_seen ON allegations(last_seen);
CREATE INDEX allegations_origins ON allegations(independent_origins);
CREATE TABLE allegation_claims (
  allegation_id INTEGER NOT NULL REFERENCES allegations(id) ON DELETE CASCADE,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  stance TEXT NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (allegation_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX allegation_claims_claim ON allegation_claims(claim_id);
CREATE TABLE allegation_origins (
  allegation_id INTEGER NOT NULL REFERENCES allegations(id) ON DELETE CASCADE,
  origin TEXT NOT NULL,
  stance TEXT NOT NULL,
  claims INTEGER NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (allegation_id, stance, origin)
) WITHOUT ROWID;
CREATE TABLE allegation_sources (
  allegation_id INTEGER NOT NULL REFERENCES allegations(id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  stance TEXT NOT NULL,
  claims INTEGER NOT NULL,
  PRIMARY KEY (allegation_id, source_id, stance)
) WITHOUT ROWID;
CREATE INDEX allegation_sources_source ON allegation_sources(source_id, stance);
`;

// No query looks entities up by key alone, and the index's inserts land at random pages: with
// 17 entities an article, it cost a tenth of the write time of bulk ingest.
const V3_NO_ENTITY_KEY_INDEX = "DROP INDEX entities_key;";

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "documents, claims, sources", sql: V1_CORE },
  { version: 2, name: "allegations", sql: V1_ALLEGATIONS },
  { version: 3, name: "no index on entity keys", sql: V3_NO_ENTITY_KEY_INDEX },
];
