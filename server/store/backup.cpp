// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "domain/uuid7.h"
#include "serverschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlRecord>

namespace dew::server {
namespace {

// Parents first, so that a restore inserts in an order any constraint accepts.
const QStringList &backedUpTables()
{
    static const QStringList tables{QStringLiteral("server_meta"),      QStringLiteral("change_counter"),
                                    QStringLiteral("app_user"),         QStringLiteral("record"),
                                    QStringLiteral("applied_mutation"), QStringLiteral("sync_conflict"),
                                    QStringLiteral("record_change"),    QStringLiteral("blob")};
    return tables;
}

constexpr const char *formatName = "dew-server-backup";

// Binary columns (a blob's content) travel as {"base64": "..."}: JSON strings hold text only.
constexpr QLatin1StringView base64Key("base64");

QJsonValue columnJson(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QByteArray) {
        return QJsonObject{{base64Key, QString::fromLatin1(value.toByteArray().toBase64())}};
    }
    return QJsonValue::fromVariant(value);
}

QVariant columnValue(const QJsonValue &value)
{
    if (value.isObject() && value.toObject().contains(base64Key)) {
        return QByteArray::fromBase64(value.toObject().value(base64Key).toString().toLatin1());
    }
    return value.toVariant();
}

} // namespace

bool backupTo(const ServerDatabase &database, const QString &file, QString *error)
{
    QSqlDatabase db = database.connection(error);
    if (!db.isValid()) {
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(file, out.errorString());
        return false;
    }
    // One read transaction: the backup is a consistent moment of the store.
    if (!run(db, QStringLiteral("BEGIN"), error)) {
        return false;
    }
    const QJsonObject header{{QStringLiteral("format"), QLatin1String(formatName)},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("epoch"), readMeta(db, metaEpoch)},
                             {QStringLiteral("latest_seq"), latestSeq(db)}};
    out.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    for (const QString &table : backedUpTables()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!run(query, QStringLiteral("SELECT * FROM %1").arg(table), {}, error)) {
            run(db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
        while (query.next()) {
            const QSqlRecord columns = query.record();
            QJsonObject row;
            for (int i = 0; i < columns.count(); ++i) {
                row.insert(columns.fieldName(i), columnJson(query.value(i)));
            }
            out.write(QJsonDocument(QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("row"), row}})
                          .toJson(QJsonDocument::Compact) +
                      '\n');
        }
    }
    run(db, QStringLiteral("ROLLBACK"), nullptr);
    if (!out.commit()) {
        *error = QStringLiteral("%1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool restoreFrom(const ServerDatabase &database, const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file, in.errorString());
        return false;
    }
    const QJsonObject header = QJsonDocument::fromJson(in.readLine()).object();
    if (header.value(QLatin1String("format")).toString() != QLatin1String(formatName)) {
        *error = QStringLiteral("%1: not a dew-server backup").arg(file);
        return false;
    }
    QSqlDatabase db = database.connection(error);
    if (!db.isValid()) {
        return false;
    }
    WriteTransaction transaction(db, database.backend());
    if (!transaction.ok()) {
        *error = transaction.error();
        return false;
    }
    for (const QString &table : backedUpTables()) {
        if (!run(db, QStringLiteral("DELETE FROM %1").arg(table), error)) {
            return false;
        }
    }
    if (!run(db, QStringLiteral("DELETE FROM auth_token"), error)) {
        return false;
    }
    int lineNumber = 1;
    while (!in.atEnd()) {
        ++lineNumber;
        const QJsonObject line = QJsonDocument::fromJson(in.readLine()).object();
        const QString table = line.value(QLatin1String("table")).toString();
        const QJsonObject row = line.value(QLatin1String("row")).toObject();
        if (!backedUpTables().contains(table) || row.isEmpty()) {
            *error = QStringLiteral("%1:%2: not a row of a known table").arg(file).arg(lineNumber);
            return false;
        }
        QStringList marks;
        QVariantList values;
        static const QRegularExpression column(QStringLiteral("^[a-z_][a-z0-9_]*$"));
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!column.match(it.key()).hasMatch()) {
                *error = QStringLiteral("%1:%2: bad column name").arg(file).arg(lineNumber);
                return false;
            }
            marks << QStringLiteral("?");
            values << columnValue(it.value());
        }
        QSqlQuery query(db);
        if (!run(query,
                 QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                     .arg(table, row.keys().join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                 values, error)) {
            *error = QStringLiteral("%1:%2: %3").arg(file).arg(lineNumber).arg(*error);
            return false;
        }
    }
    if (!writeMeta(db, metaEpoch, models::newUuidV7(), error) || !transaction.commit()) {
        if (error->isEmpty()) {
            *error = transaction.error();
        }
        return false;
    }
    return true;
}

} // namespace dew::server
