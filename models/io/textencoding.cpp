// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textencoding.h"

#include <QCoreApplication>

namespace dew::models {
namespace {

bool inRange(unsigned char b, unsigned lo, unsigned hi)
{
    return b >= lo && b <= hi;
}

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size())) {
        return false;
    }
    qsizetype i = 0;
    for (const unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != b) {
            return false;
        }
    }
    return true;
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned lo = 0x80, hi = 0xBF; // bounds of the second byte (no overlongs, no surrogates)
        if (inRange(b, 0xC2, 0xDF)) {
            extra = 1;
        } else if (inRange(b, 0xE0, 0xEF)) {
            extra = 2;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (inRange(b, 0xF0, 0xF4)) {
            extra = 3;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + extra >= n || !inRange(p[i + 1], lo, hi)) {
            return i;
        }
        for (int k = 2; k <= extra; ++k) {
            if (!inRange(p[i + k], 0x80, 0xBF)) {
                return i;
            }
        }
        i += extra + 1;
    }
    return -1;
}

qsizetype firstInvalidGb18030(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
        } else if (!inRange(b, 0x81, 0xFE) || i + 1 >= n) {
            return i;
        } else if (inRange(p[i + 1], 0x40, 0x7E) || inRange(p[i + 1], 0x80, 0xFE)) {
            i += 2;
        } else if (inRange(p[i + 1], 0x30, 0x39) && i + 3 < n && inRange(p[i + 2], 0x81, 0xFE) &&
                   inRange(p[i + 3], 0x30, 0x39)) {
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

EncodingGuess detectTextEncoding(QByteArrayView bytes)
{
    EncodingGuess guess;
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        guess.encoding = TextEncoding::Utf8Bom;
        guess.bomSize = 3;
        guess.invalidAt = firstInvalidUtf8(bytes.sliced(3));
        if (guess.invalidAt >= 0) {
            guess.invalidAt += 3;
        }
        return guess;
    }
    // UTF-16 is only recognised by its BOM: without one it cannot be told from binary.
    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF})) {
        guess.encoding = static_cast<unsigned char>(bytes[0]) == 0xFF ? TextEncoding::Utf16Le : TextEncoding::Utf16Be;
        guess.bomSize = 2;
        return guess;
    }
    guess.binary = bytes.first(std::min<qsizetype>(bytes.size(), 8192)).contains('\0');
    guess.invalidAt = firstInvalidUtf8(bytes);
    if (guess.invalidAt >= 0) {
        guess.encoding = TextEncoding::Gb18030;
        guess.invalidAt = firstInvalidGb18030(bytes);
    }
    return guess;
}

QString encodingProblem(QByteArrayView bytes, const EncodingGuess &guess)
{
    if (guess.binary) {
        return QCoreApplication::translate("dew::models::Io", "not a text file: it holds binary data");
    }
    if (guess.invalidAt < 0) {
        return {};
    }
    // A line number is what an officer can look for in an editor; the byte pins it down.
    const qsizetype line = bytes.first(std::min(guess.invalidAt, bytes.size())).count('\n') + 1;
    return QCoreApplication::translate("dew::models::Io",
                                       "unknown text encoding: line %1 (byte %2) is neither UTF-8 nor GB18030")
        .arg(line)
        .arg(guess.invalidAt);
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

const char *textEncodingCodecName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return "UTF-8";
    case TextEncoding::Gb18030:
        return "GB18030";
    case TextEncoding::Utf16Le:
        return "UTF-16LE";
    case TextEncoding::Utf16Be:
        return "UTF-16BE";
    }
    return "UTF-8";
}

} // namespace dew::models
