// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "importplan.h"
#include "store/recordlookup.h"
#include "store/recordrepository.h"

#include <functional>
#include <memory>

namespace dew::models {

class Workspace;

// The dry run of an import (DESIGN.md §9, templates.md): reads each row as the template means it,
// matches it to a stored record by its business code (never by its position), validates it as a
// form would, and says whether it is new, an update (with the fields that change), unchanged or
// rejected (with the field and the reason). It writes nothing, and never plans a change of a
// record's lifecycle: those fields are not importable.
class ImportPlanner
{
public:
    // The actor matters: a row the actor may not write is rejected in the dry run already.
    ImportPlanner(const Workspace &workspace, Entity entity, Actor actor);

    // Step is asked before each row; when it says false, planning stops and the rows so far are returned.
    QList<RowVerdict> plan(const QList<SourceRow> &rows, const std::function<bool()> &step = {}) const;
    // Items name their resource by code: rows of the same import that add or keep a resource
    // count as existing resources, and items of a rejected resource row are rejected with it.
    void setResourceRowsOfThisImport(const QList<RowVerdict> &resourceVerdicts);
    // Owners are named by name or code: organisations that rows of the same import add count as
    // existing ones (their id is set on applying), and a row naming a rejected one says so. The
    // organisation rows as read and as planned, in the same order.
    void setOrganisationRowsOfThisImport(const QList<SourceRow> &rows, const QList<RowVerdict> &verdicts);

private:
    RowVerdict planRow(const SourceRow &row) const;
    bool readValues(const SourceRow &row, QVariantMap &values, RowVerdict &verdict) const;
    QString findOrganisation(const SourceRow &row, RowVerdict &verdict) const;
    std::optional<Record> findExisting(const SourceRow &row, RowVerdict &verdict, QString *resourceId) const;

    const Workspace &m_workspace;
    const EntitySchema &m_schema;
    const Actor m_actor;
    RecordRepository m_records;
    // Lookups prepared once, and what they found: a large file asks once per row.
    std::unique_ptr<RecordLookup> m_byCode; // this entity by its code; for items, their resources
    mutable QHash<QString, std::optional<Record>> m_organisationsByCode;
    mutable QHash<QString, std::optional<Record>> m_systemsByCode;
    // Enumeration cells repeat down a column; reading one (NFKC, case folding, every label) costs.
    mutable QHash<std::pair<int, QString>, std::pair<QVariant, QString>> m_enumCells; // -> value, error
    QHash<QString, QString> m_organisationsByName;     // name -> id, or "" for one new in this import
    QHash<QString, QString> m_newOrganisationCodes;    // name -> USCC of the organisations new in this import
    QHash<QString, int> m_rejectedOrganisationLines;   // name or USCC of a rejected organisation row -> its row
    QHash<QString, int> m_rejectedResourceLines;       // resource code -> its rejected row
    QHash<QString, QString> m_resourceIdsOfThisImport; // resource code -> id ("" when new)
};

} // namespace dew::models
