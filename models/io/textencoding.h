// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace dew::models {

// The encodings a CSV from a Chinese office arrives in: UTF-8 (Excel's "CSV UTF-8" adds a BOM),
// GB18030 (what Excel and WPS write for plain "CSV" on a Chinese Windows; a superset of GBK and
// GB2312) and UTF-16 (Excel's "Unicode text").
enum class TextEncoding { Utf8, Utf8Bom, Gb18030, Utf16Le, Utf16Be };

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bomSize = 0;
    qsizetype invalidAt = -1; // first byte that fits no supported encoding, -1 when all is well
    bool binary = false;      // NUL bytes in 8-bit text: an .xls or other binary, not text
};

// Valid UTF-8 is UTF-8 (so plain ASCII is too); anything else must be well-formed GB18030.
EncodingGuess detectTextEncoding(QByteArrayView bytes);
// What is wrong with the bytes for a reader to say ("not a text file…", "unknown text encoding:
// line 3 …"), or an empty string when the guess is usable.
QString encodingProblem(QByteArrayView bytes, const EncodingGuess &guess);
QString textEncodingName(TextEncoding encoding);          // "UTF-8", "UTF-8 (BOM)", "GB18030", …
const char *textEncodingCodecName(TextEncoding encoding); // for QStringDecoder

// Offsets of the first byte that breaks the encoding's byte structure, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes);
qsizetype firstInvalidGb18030(QByteArrayView bytes);

} // namespace dew::models
