// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dew::models {

// Full-text search over names, codes, summaries and (for resources) data-item names, through
// the bigram index of each searchable table (DESIGN.md §4).
class SearchIndex
{
public:
    // Recomputes the indexed text of one record from its row (and its items); call inside the
    // transaction that changed them.
    static bool refresh(const QSqlDatabase &db, Entity entity, const QString &recordId, QString *error);
    // The text indexed for a record: normalised, its parts separated by spaces.
    static QString bodyOf(const QStringList &parts);

    // An FTS5 MATCH expression for what the user typed: each white-space separated term must
    // occur as a substring; a one-character term matches as a prefix. Empty when nothing to search.
    static QString matchExpression(const QString &userQuery);
    static QString ftsTable(Entity entity);
};

} // namespace dew::models
