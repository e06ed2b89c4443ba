// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace dew::models {
namespace {

// `rid INTEGER PRIMARY KEY` keeps row numbers stable across VACUUM: the search index refers to them.
// Foreign keys are deferred so that sync can apply a page in any order inside its transaction.
constexpr const char *initialSchema = R"sql(
CREATE TABLE workspace_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE region(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, level TEXT NOT NULL, parent_code TEXT);

CREATE TABLE organisation(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    uscc TEXT NOT NULL UNIQUE, name TEXT NOT NULL, region_code TEXT NOT NULL, kind TEXT NOT NULL);
CREATE INDEX organisation_region ON organisation(region_code);

CREATE TABLE information_system(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, build_level TEXT, status TEXT, deployment TEXT,
    mlps_level TEXT, go_live TEXT, contact TEXT, phone TEXT, summary TEXT,
    lifecycle TEXT NOT NULL DEFAULT 'draft', retired INTEGER NOT NULL DEFAULT 0);
CREATE INDEX information_system_live_code ON information_system(code) WHERE deleted = 0;
CREATE INDEX information_system_owner ON information_system(owner_org, code) WHERE deleted = 0;
CREATE INDEX information_system_state ON information_system(lifecycle, retired, code) WHERE deleted = 0;
CREATE INDEX information_system_retired ON information_system(retired, code) WHERE deleted = 0;

CREATE TABLE data_resource(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, summary TEXT, catalogue_kind TEXT, base_family TEXT,
    theme TEXT, format TEXT, update_cycle TEXT, share_type TEXT, share_condition TEXT, no_share_reason TEXT,
    open_type TEXT, open_condition TEXT, grade TEXT, classified INTEGER NOT NULL DEFAULT 0,
    source_system TEXT REFERENCES information_system(id) DEFERRABLE INITIALLY DEFERRED,
    record_count INTEGER, storage_gb REAL, publish_date TEXT, reported_up INTEGER NOT NULL DEFAULT 0,
    lifecycle TEXT NOT NULL DEFAULT 'draft', retired INTEGER NOT NULL DEFAULT 0);
-- Partial indexes over the live rows, one per filter of the page, each in code order: a page deep
-- in the list is found by walking index entries only, never the rows themselves.
CREATE INDEX data_resource_live_code ON data_resource(code) WHERE deleted = 0;
CREATE INDEX data_resource_owner ON data_resource(owner_org, code) WHERE deleted = 0;
CREATE INDEX data_resource_state ON data_resource(lifecycle, retired, code) WHERE deleted = 0;
CREATE INDEX data_resource_retired ON data_resource(retired, code) WHERE deleted = 0;

CREATE TABLE data_item(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    resource_id TEXT NOT NULL REFERENCES data_resource(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL, data_type TEXT, length INTEGER,
    description TEXT, share_type TEXT, open_type TEXT, sensitive INTEGER NOT NULL DEFAULT 0, grade TEXT);
CREATE INDEX data_item_resource ON data_item(resource_id, position);
CREATE UNIQUE INDEX data_item_name ON data_item(resource_id, name) WHERE deleted = 0;

-- Every local edit, written in the same transaction as the edit; sync consumes it (DESIGN.md §5).
CREATE TABLE outbox(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL, record_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore', 'transition')),
    changes TEXT NOT NULL, -- JSON {field: {"old": v, "new": v}}
    base_version INTEGER NOT NULL, expected_state TEXT,
    actor TEXT NOT NULL, created_at TEXT NOT NULL);

-- Normalised text of each searchable record and its bigram index (external content).
CREATE TABLE data_resource_search(rid INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE VIRTUAL TABLE data_resource_fts USING fts5(
    body, content='data_resource_search', content_rowid='rid', tokenize='dew_bigram');
CREATE TRIGGER data_resource_search_ai AFTER INSERT ON data_resource_search BEGIN
    INSERT INTO data_resource_fts(rowid, body) VALUES (new.rid, new.body);
END;
CREATE TRIGGER data_resource_search_ad AFTER DELETE ON data_resource_search BEGIN
    INSERT INTO data_resource_fts(data_resource_fts, rowid, body) VALUES ('delete', old.rid, old.body);
END;
CREATE TRIGGER data_resource_search_au AFTER UPDATE ON data_resource_search BEGIN
    INSERT INTO data_resource_fts(data_resource_fts, rowid, body) VALUES ('delete', old.rid, old.body);
    INSERT INTO data_resource_fts(rowid, body) VALUES (new.rid, new.body);
END;

CREATE TABLE information_system_search(rid INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE VIRTUAL TABLE information_system_fts USING fts5(
    body, content='information_system_search', content_rowid='rid', tokenize='dew_bigram');
CREATE TRIGGER information_system_search_ai AFTER INSERT ON information_system_search BEGIN
    INSERT INTO information_system_fts(rowid, body) VALUES (new.rid, new.body);
END;
CREATE TRIGGER information_system_search_ad AFTER DELETE ON information_system_search BEGIN
    INSERT INTO information_system_fts(information_system_fts, rowid, body) VALUES ('delete', old.rid, old.body);
END;
CREATE TRIGGER information_system_search_au AFTER UPDATE ON information_system_search BEGIN
    INSERT INTO information_system_fts(information_system_fts, rowid, body) VALUES ('delete', old.rid, old.body);
    INSERT INTO information_system_fts(rowid, body) VALUES (new.rid, new.body);
END;
)sql";

// Sync with dew-server (DESIGN.md §5): the outbox learns resolutions, and the workspace keeps
// what the server refused, with its content, and the open conflicts it reported.
constexpr const char *syncSchema = R"sql(
CREATE TABLE outbox_v2(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL, record_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore', 'transition', 'resolve')),
    changes TEXT NOT NULL,
    base_version INTEGER NOT NULL, expected_state TEXT,
    actor TEXT NOT NULL, created_at TEXT NOT NULL,
    conflict_id TEXT);
INSERT INTO outbox_v2(seq, mutation_id, table_name, record_id, op, changes, base_version, expected_state, actor, created_at)
    SELECT seq, mutation_id, table_name, record_id, op, changes, base_version, expected_state, actor, created_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v2 RENAME TO outbox;
CREATE INDEX outbox_record ON outbox(table_name, record_id);

-- A mutation the server rejected: kept with its reason and content until its author discards it.
CREATE TABLE sync_issue(
    id INTEGER PRIMARY KEY,
    mutation_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL, record_id TEXT NOT NULL, op TEXT NOT NULL,
    changes TEXT NOT NULL, expected_state TEXT,
    reason TEXT NOT NULL, actor TEXT NOT NULL, edited_at TEXT NOT NULL, reported_at TEXT NOT NULL);

-- Records whose local copy must be read again from the server (a change of theirs was refused
-- or met a conflict): kept until the read succeeds, so a lost answer cannot leave them stale.
CREATE TABLE sync_refetch(table_name TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (table_name, record_id));

-- The open conflicts the server holds over records of this workspace, as of the last sync.
CREATE TABLE sync_conflict(
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
    base TEXT NOT NULL, server_value TEXT NOT NULL, competing TEXT NOT NULL, opened_at TEXT NOT NULL);
CREATE INDEX sync_conflict_record ON sync_conflict(table_name, record_id);
)sql";

// Authorization applications (DESIGN.md §3, §6) and the administrator's workflow rules; a
// transition's outbox entry carries its command (action, opinion, override) beside the state.
constexpr const char *applicationSchema = R"sql(
ALTER TABLE outbox ADD COLUMN command TEXT;

CREATE TABLE workflow_rule(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, body TEXT NOT NULL);

CREATE TABLE authorization_application(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL UNIQUE, scenario TEXT NOT NULL, applicant_name TEXT NOT NULL, applicant_uscc TEXT NOT NULL,
    mode TEXT, resource_codes TEXT, purpose TEXT, product TEXT, fee_category TEXT, fee_yuan INTEGER,
    term_start TEXT, term_end TEXT, state TEXT NOT NULL DEFAULT 'draft', state_since TEXT, filed_by TEXT,
    compliance_approvals TEXT, change_under_review INTEGER NOT NULL DEFAULT 0);
CREATE INDEX authorization_application_state ON authorization_application(state, code) WHERE deleted = 0;

CREATE TABLE application_material(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    application_id TEXT NOT NULL REFERENCES authorization_application(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER);
CREATE UNIQUE INDEX application_material_file ON application_material(application_id, sha256) WHERE deleted = 0;

CREATE TABLE review_record(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    application_id TEXT NOT NULL REFERENCES authorization_application(id) DEFERRABLE INITIALLY DEFERRED,
    stage TEXT NOT NULL, action TEXT NOT NULL, result TEXT NOT NULL, actor_id TEXT, actor_name TEXT, role TEXT,
    opinion TEXT, credit_override INTEGER NOT NULL DEFAULT 0, attachments TEXT, at TEXT NOT NULL);
CREATE INDEX review_record_application ON review_record(application_id, at);

CREATE TABLE operation_agreement(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    owner_org TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    application_id TEXT NOT NULL REFERENCES authorization_application(id) DEFERRABLE INITIALLY DEFERRED,
    agreement_no TEXT NOT NULL, signed_on TEXT, term_start TEXT NOT NULL, term_end TEXT NOT NULL,
    fee_yuan INTEGER, scope TEXT);
CREATE UNIQUE INDEX operation_agreement_number ON operation_agreement(application_id, agreement_no) WHERE deleted = 0;
)sql";

// The files of application materials, by SHA-256: what this desktop attached or downloaded.
// Only the material records sync as rows; the bytes travel through /v1/blobs. `uploaded` is 0
// while a file attached here has yet to reach the server: a failed upload is tried again.
constexpr const char *materialBlobSchema = R"sql(
CREATE TABLE material_blob(sha256 TEXT PRIMARY KEY, content BLOB NOT NULL, uploaded INTEGER NOT NULL DEFAULT 0);
CREATE INDEX material_blob_waiting ON material_blob(sha256) WHERE uploaded = 0;
)sql";

// Material files that did not travel (direction 'upload' or 'download'), with the server's or the
// network's reason, kept until a later sync carries the file or no live material names it.
constexpr const char *fileIssueSchema = R"sql(
CREATE TABLE sync_file_issue(sha256 TEXT NOT NULL, direction TEXT NOT NULL, reason TEXT NOT NULL,
    reported_at TEXT NOT NULL, PRIMARY KEY (sha256, direction));
)sql";

constexpr Migration all[] = {
    {1, initialSchema}, {2, syncSchema}, {3, applicationSchema}, {4, materialBlobSchema}, {5, fileIssueSchema},
};

} // namespace

std::span<const Migration> migrations()
{
    return all;
}

} // namespace dew::models
