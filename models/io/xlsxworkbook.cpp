// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxworkbook.h"

#include <QCoreApplication>

namespace dew::models {
namespace {
const QString workbookPart = QStringLiteral("xl/workbook.xml");
} // namespace

bool XlsxWorkbook::fail(const QString &part, const QString &what)
{
    m_error = part.isEmpty() ? what : part + QStringLiteral(": ") + what;
    return false;
}

bool XlsxWorkbook::open(const QString &path)
{
    return m_zip.open(path) ? load() : fail({}, m_zip.errorString());
}

bool XlsxWorkbook::openData(const QByteArray &data)
{
    return m_zip.openData(data) ? load() : fail({}, m_zip.errorString());
}

bool XlsxWorkbook::load()
{
    if (!m_zip.contains(workbookPart)) {
        const QString what =
            m_zip.contains(QStringLiteral("content.xml"))
                ? QCoreApplication::translate("dew::models::Io",
                                              "not a workbook: the zip has no xl/workbook.xml (it looks like an "
                                              "OpenDocument file: save it as .xlsx)")
                : QCoreApplication::translate("dew::models::Io", "not a workbook: the zip has no xl/workbook.xml");
        return fail({}, what);
    }
    QString error;
    const auto readPart = [&](const QString &name) -> std::optional<QByteArray> {
        auto bytes = m_zip.read(name);
        if (!bytes) {
            fail({}, m_zip.errorString());
        }
        return bytes;
    };

    const auto workbookXml = readPart(workbookPart);
    xlsx::WorkbookInfo info;
    if (!workbookXml) {
        return false;
    }
    if (!xlsx::parseWorkbook(*workbookXml, &info, &error)) {
        return fail(workbookPart, error);
    }
    m_date1904 = info.date1904;

    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    QHash<QString, xlsx::Relationship> rels;
    const auto relsXml = readPart(relsPart);
    if (!relsXml) {
        return false;
    }
    if (!xlsx::parseRelationships(*relsXml, QStringLiteral("xl"), &rels, &error)) {
        return fail(relsPart, error);
    }

    for (const xlsx::WorkbookSheet &sheet : std::as_const(info.sheets)) {
        const xlsx::Relationship rel = rels.value(sheet.relationshipId);
        if (rel.target.isEmpty()) {
            return fail(workbookPart,
                        QCoreApplication::translate("dew::models::Io", "sheet \"%1\" has no part in the package")
                            .arg(sheet.name));
        }
        m_sheets.append({sheet.name, rel.target, sheet.hidden});
    }

    // Optional parts: a workbook of numbers only has no shared strings, LibreOffice always writes both.
    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
    for (const xlsx::Relationship &rel : std::as_const(rels)) {
        if (rel.type == QLatin1String("sharedStrings")) {
            sharedStringsPart = rel.target;
        } else if (rel.type == QLatin1String("styles")) {
            stylesPart = rel.target;
        }
    }
    if (m_zip.contains(sharedStringsPart)) {
        const auto xml = readPart(sharedStringsPart);
        if (!xml) {
            return false;
        }
        if (!xlsx::parseSharedStrings(*xml, &m_sharedStrings, &error)) {
            return fail(sharedStringsPart, error);
        }
    }
    if (m_zip.contains(stylesPart)) {
        const auto xml = readPart(stylesPart);
        if (!xml) {
            return false;
        }
        if (!xlsx::parseNumberStyles(*xml, &m_numberStyles, &error)) {
            return fail(stylesPart, error);
        }
    }
    return true;
}

bool XlsxWorkbook::readSheet(int index, const RowVisitor &visit, QList<CellRange> *merges)
{
    if (index < 0 || index >= m_sheets.size()) {
        return fail({}, QCoreApplication::translate("dew::models::Io", "there is no sheet %1").arg(index + 1));
    }
    const Sheet &sheet = m_sheets.at(index);
    const auto xml = m_zip.read(sheet.path);
    if (!xml) {
        return fail({}, m_zip.errorString());
    }
    std::map<int, SheetRow> rows;
    QString error;
    const xlsx::SheetContext context{m_sharedStrings, m_numberStyles, m_date1904};
    merges->clear();
    if (!xlsx::parseWorksheet(*xml, context, &rows, merges, &error)) {
        return fail(sheet.path, error);
    }
    if (!xlsx::fillMergedCells(*merges, &rows)) {
        return fail(sheet.path, QCoreApplication::translate("dew::models::Io", "merged ranges cover too many cells"));
    }
    for (const auto &[number, row] : rows) {
        if (!row.cells.isEmpty() && !visit(row)) {
            break;
        }
    }
    return true;
}

} // namespace dew::models
