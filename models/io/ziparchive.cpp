// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <zip.h>

namespace dew::models {
namespace {

QString zipErrorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

bool startsLikeZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

} // namespace

ZipArchive::~ZipArchive()
{
    if (m_zip) {
        zip_discard(m_zip);
    }
}

bool ZipArchive::open(const QString &path)
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    return m_zip || failOpen(code, startsLikeZip(path));
}

bool ZipArchive::openData(const QByteArray &data)
{
    m_data = data;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &error);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!m_zip) {
            zip_source_free(source); // the archive did not take it
        }
    }
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    return m_zip || failOpen(code, m_data.startsWith("PK\x03\x04"));
}

bool ZipArchive::failOpen(int code, bool startsLikeZip)
{
    switch (code) {
    case ZIP_ER_NOZIP:
        // A zip is found by its directory at the very end: a file cut short loses it first.
        m_error = startsLikeZip ? QCoreApplication::translate("dew::models::Io",
                                                              "truncated zip: the file ends before the zip directory")
                                : QCoreApplication::translate("dew::models::Io", "not a zip archive");
        break;
    case ZIP_ER_INCONS:
        m_error = QCoreApplication::translate("dew::models::Io", "damaged zip: its directory is inconsistent");
        break;
    default: {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        m_error = QCoreApplication::translate("dew::models::Io", "cannot open the zip: %1").arg(zipErrorText(&error));
        zip_error_fini(&error);
    }
    }
    return false;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

std::optional<QByteArray> ZipArchive::read(const QString &name)
{
    if (!m_zip) {
        return std::nullopt;
    }
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        m_error = QCoreApplication::translate("dew::models::Io", "the zip has no %1").arg(name);
        return std::nullopt;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    const bool sized = zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE);
    const auto tooLarge = [&] {
        m_error = QCoreApplication::translate("dew::models::Io",
                                              "%1 unpacks to more than %2, the limit for one part of a workbook")
                      .arg(name, QLocale().formattedDataSize(m_maxPartSize, 0, QLocale::DataSizeTraditionalFormat));
        return std::nullopt;
    };
    if (sized && stat.size > zip_uint64_t(m_maxPartSize)) {
        return tooLarge();
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        m_error = QCoreApplication::translate("dew::models::Io", "cannot read %1 from the zip: %2")
                      .arg(name, zipErrorText(zip_get_error(m_zip)));
        return std::nullopt;
    }
    // The size in the directory may lie; the cap holds whatever the stream yields.
    QByteArray bytes;
    bytes.reserve(sized ? qsizetype(stat.size) : 0);
    char buffer[64 * 1024];
    zip_int64_t got = 0;
    while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
        if (bytes.size() + got > m_maxPartSize) {
            zip_fclose(file);
            return tooLarge();
        }
        bytes.append(buffer, qsizetype(got));
    }
    if (got < 0) {
        m_error = QCoreApplication::translate("dew::models::Io", "damaged zip: cannot unpack %1: %2")
                      .arg(name, zipErrorText(zip_file_get_error(file)));
        zip_fclose(file);
        return std::nullopt;
    }
    zip_fclose(file);
    return bytes;
}

} // namespace dew::models
