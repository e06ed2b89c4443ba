// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "schema.h"

#include <QList>
#include <QString>

namespace dew::models {

struct FieldError
{
    QString field;   // storage column; empty for an error of the whole record
    QString message; // translated
};
using FieldErrors = QList<FieldError>;

// Answers whether referenced records exist; the store implements it over the workspace.
class ReferenceLookup
{
public:
    virtual ~ReferenceLookup() = default;
    virtual bool organisationExists(const QString &id) const = 0;
    virtual bool systemExists(const QString &id) const = 0;
    virtual bool resourceExists(const QString &id) const = 0;
    virtual bool applicationExists(const QString &id) const = 0;
};

// Fills what a record's other fields imply when it is left blank: a data resource's catalogue
// kind comes from its code's first digit. The store and the import's dry run both apply it
// before validating, so that they agree.
void deriveFields(Entity entity, Record &record);

// Every rule a record must meet before it is stored: required fields, enumerations, the USCC
// checksum, real region codes, the resource-code structure and the conditional fields of
// templates.md. References are checked when a lookup is given.
FieldErrors validate(Entity entity, const Record &record, const ReferenceLookup *lookup = nullptr);

// "Field label: message; …" for a log line, a CLI report or a refusal.
QString describe(Entity entity, const FieldErrors &errors);

} // namespace dew::models
