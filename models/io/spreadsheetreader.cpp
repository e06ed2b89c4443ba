// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetreader.h"

#include "xlsxworkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dew::models {
namespace {

bool hasWorkbookSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xltx");
}

} // namespace

SpreadsheetReader::SpreadsheetReader() = default;
SpreadsheetReader::~SpreadsheetReader() = default;

bool SpreadsheetReader::fail(const QString &what)
{
    m_error = m_fileName + QStringLiteral(": ") + what;
    return false;
}

void SpreadsheetReader::reset(const QString &fileName)
{
    m_format = Format::None;
    m_path.clear();
    m_data.clear();
    m_fileName = fileName;
    m_encoding.reset();
    m_workbook.reset();
    m_merges.clear();
    m_error.clear();
}

bool SpreadsheetReader::open(const QString &path)
{
    reset(QFileInfo(path).fileName());
    m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(file.errorString());
    }
    // Mapped, not read: a CSV's encoding check needs every byte.
    const uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
    const QByteArray copy = mapped ? QByteArray() : file.readAll();
    const QByteArrayView bytes = mapped ? QByteArrayView(mapped, file.size()) : QByteArrayView(copy);
    return openContent(bytes, [&](XlsxWorkbook &workbook) { return workbook.open(path); });
}

bool SpreadsheetReader::openData(const QByteArray &data, const QString &fileName)
{
    reset(fileName);
    if (!openContent(data, [&](XlsxWorkbook &workbook) { return workbook.openData(data); })) {
        return false;
    }
    if (m_format == Format::Csv) {
        m_data = data;
    }
    return true;
}

bool SpreadsheetReader::openContent(QByteArrayView bytes, const std::function<bool(XlsxWorkbook &)> &openWorkbook)
{
    if (bytes.isEmpty()) {
        return fail(QCoreApplication::translate("dew::models::Io", "the file is empty"));
    }
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 8));
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        auto workbook = std::make_unique<XlsxWorkbook>();
        if (!openWorkbook(*workbook)) {
            return fail(workbook->errorString());
        }
        m_workbook = std::move(workbook);
        m_format = Format::Xlsx;
        return true;
    }
    if (head == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // The OLE2 container: Excel 97–2003, and also what Excel makes of a password-protected .xlsx.
        return fail(QCoreApplication::translate(
            "dew::models::Io",
            "an Excel 97-2003 workbook or a password-protected one: save it as an unprotected .xlsx"));
    }
    if (hasWorkbookSuffix(m_fileName)) {
        return fail(
            QCoreApplication::translate("dew::models::Io", "not an XLSX workbook: the file is not a zip archive"));
    }
    // A CSV: check the encoding now, so a bad file fails before any row is shown.
    const EncodingGuess guess = detectTextEncoding(bytes);
    if (const QString problem = encodingProblem(bytes, guess); !problem.isEmpty()) {
        return fail(problem);
    }
    m_encoding = guess.encoding;
    m_format = Format::Csv;
    return true;
}

QStringList SpreadsheetReader::sheetNames() const
{
    QStringList names;
    if (m_format == Format::Csv) {
        names.append(QFileInfo(m_fileName).completeBaseName());
    } else if (m_workbook) {
        for (const XlsxWorkbook::Sheet &sheet : m_workbook->sheets()) {
            names.append(sheet.name);
        }
    }
    return names;
}

bool SpreadsheetReader::isSheetHidden(int index) const
{
    return m_workbook && index >= 0 && index < m_workbook->sheets().size() && m_workbook->sheets().at(index).hidden;
}

int SpreadsheetReader::sheetIndex(const QString &name) const
{
    return static_cast<int>(sheetNames().indexOf(name));
}

std::optional<TextEncoding> SpreadsheetReader::encoding() const
{
    return m_encoding;
}

QString SpreadsheetReader::encodingName() const
{
    return m_encoding ? textEncodingName(*m_encoding) : QString();
}

bool SpreadsheetReader::isDate1904() const
{
    return m_workbook && m_workbook->isDate1904();
}

bool SpreadsheetReader::readSheet(int index, const RowVisitor &visit)
{
    m_cancelled = false;
    m_merges.clear();
    m_error.clear();
    switch (m_format) {
    case Format::None:
        return fail(QCoreApplication::translate("dew::models::Io", "the file is not open"));
    case Format::Csv: {
        if (index != 0) {
            return fail(QCoreApplication::translate("dew::models::Io", "there is no sheet %1").arg(index + 1));
        }
        CsvReader csv(m_fileName);
        if (!(m_path.isEmpty() ? csv.readData(m_data, visit) : csv.readFile(m_path, visit))) {
            m_error = csv.errorString();
            return false;
        }
        m_cancelled = csv.isCancelled();
        return true;
    }
    case Format::Xlsx: {
        const RowVisitor counted = [&](const SheetRow &row) {
            m_cancelled = !visit(row);
            return !m_cancelled;
        };
        return m_workbook->readSheet(index, counted, &m_merges) || fail(m_workbook->errorString());
    }
    }
    return false;
}

std::optional<SheetTable> SpreadsheetReader::readSheet(int index)
{
    SheetTable table;
    table.name = sheetNames().value(index);
    if (!readSheet(index, [&](const SheetRow &row) {
            table.rows.append(row);
            return true;
        })) {
        return std::nullopt;
    }
    table.merges = m_merges;
    return table;
}

} // namespace dew::models
