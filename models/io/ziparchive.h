// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct zip; // libzip's zip_t, linked privately

namespace dew::models {

// Read-only access to the parts of a zip through libzip. A part is unpacked whole into memory,
// so each is capped: a 40 kB "zip bomb" must not unpack into gigabytes.
class ZipArchive
{
public:
    static constexpr qint64 defaultMaxPartSize = qint64(256) * 1024 * 1024;

    explicit ZipArchive(qint64 maxPartSize = defaultMaxPartSize) : m_maxPartSize(maxPartSize) {}
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool open(const QString &path);        // false with errorString() set
    bool openData(const QByteArray &data); // a zip in memory (kept, shared, while open)
    bool contains(const QString &name) const;
    std::optional<QByteArray> read(const QString &name); // nullopt with errorString() set
    QString errorString() const { return m_error; }

private:
    bool failOpen(int code, bool startsLikeZip);

    qint64 m_maxPartSize;
    struct zip *m_zip = nullptr;
    QByteArray m_data;
    QString m_error;
};

} // namespace dew::models
