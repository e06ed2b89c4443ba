// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace dew::models {
namespace {

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        line += csvField(cells.at(i));
    }
    return line + "\r\n";
}

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("dew::models::Export", "Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

qint64 writeCsv(const QString &path, const ExportSheet &sheet, QString *error)
{
    // QSaveFile: a failed export never leaves half a file where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return -1;
    }
    file.write("\xEF\xBB\xBF");
    file.write(csvLine(sheet.headers));
    qint64 rows = 0;
    QStringList row;
    while (sheet.nextRow(&row)) {
        file.write(csvLine(row));
        ++rows;
    }
    if (!file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return -1;
    }
    return rows;
}

namespace {

qint64 fillWorkbook(lxw_workbook *workbook, const QList<ExportSheet> &sheets, const QString &path, QString *error)
{
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    qint64 rows = 0;
    for (const ExportSheet &sheet : sheets) {
        lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheet.name.toUtf8().constData());
        if (!worksheet) {
            *error = cannotWrite(
                path, QCoreApplication::translate("dew::models::Export", "bad sheet name %1").arg(sheet.name));
            return -1;
        }
        worksheet_freeze_panes(worksheet, 1, 0);
        for (qsizetype c = 0; c < sheet.headers.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            worksheet_set_column(worksheet, column, column, std::max(10.0, 2.2 * double(sheet.headers.at(c).size())),
                                 nullptr);
            worksheet_write_string(worksheet, 0, column, sheet.headers.at(c).toUtf8().constData(), bold);
        }
        // Every cell is text: codes such as 000123 must keep their leading zeros.
        QStringList row;
        lxw_row_t line = 1;
        while (sheet.nextRow(&row)) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (!row.at(c).isEmpty()) {
                    worksheet_write_string(worksheet, line, static_cast<lxw_col_t>(c), row.at(c).toUtf8().constData(),
                                           nullptr);
                }
            }
            ++line;
            ++rows;
        }
    }
    return rows;
}

} // namespace

qint64 writeXlsx(const QString &path, const QList<ExportSheet> &sheets, QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to a temporary file as they are written
    lxw_workbook *workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook) {
        *error = cannotWrite(path, QCoreApplication::translate("dew::models::Export", "the file cannot be created"));
        return -1;
    }
    const qint64 rows = fillWorkbook(workbook, sheets, path, error);
    const lxw_error closed = workbook_close(workbook);
    if (rows >= 0 && closed != LXW_NO_ERROR) {
        *error = cannotWrite(path, QString::fromUtf8(lxw_strerror(closed)));
        return -1;
    }
    return rows;
}

} // namespace dew::models
