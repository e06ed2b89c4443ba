// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuid7.h"

#include "clock.h"

#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace dew::models {
namespace {

QString format(qint64 msecs, quint16 randA, quint64 randB)
{
    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i) {
        bytes[static_cast<size_t>(i)] = static_cast<quint8>(msecs >> (8 * (5 - i)));
    }
    bytes[6] = static_cast<quint8>(0x70 | ((randA >> 8) & 0x0F));
    bytes[7] = static_cast<quint8>(randA);
    for (int i = 0; i < 8; ++i) {
        bytes[static_cast<size_t>(8 + i)] = static_cast<quint8>(randB >> (8 * (7 - i)));
    }
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F));
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes.data()), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
                               hex.mid(20));
}

} // namespace

QString newUuidV7()
{
    // rand_a counts up within one millisecond (RFC 9562 method 1) so ids stay monotonic.
    static QMutex mutex;
    static qint64 lastMsecs = 0;
    static quint16 counter = 0;
    const QMutexLocker lock(&mutex);
    qint64 msecs = Clock::now().toMSecsSinceEpoch();
    if (msecs <= lastMsecs) {
        msecs = lastMsecs;
        if (++counter > 0x0FFF) {
            counter = 0;
            msecs = ++lastMsecs;
        }
    } else {
        counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0400));
    }
    lastMsecs = msecs;
    return format(msecs, counter, QRandomGenerator::system()->generate64());
}

QString uuidV7From(qint64 unixMsecs, quint64 counter)
{
    // (time, rand_a) alone are unique: 4,096 ids a millisecond; a fixed mix fills the random bits.
    const auto msecs = unixMsecs + static_cast<qint64>(counter / 0x1000);
    const quint64 mixed = (counter + 0x9E3779B97F4A7C15ULL) * 0xBF58476D1CE4E5B9ULL;
    return format(msecs, static_cast<quint16>(counter % 0x1000), mixed);
}

} // namespace dew::models
