// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxparts.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace dew::models::xlsx {
namespace {

bool isElement(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.isStartElement() && xml.name() == name;
}

QStringView attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    // By local name: r:id and x:id alike, in either OOXML namespace.
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name) {
            return a.value();
        }
    }
    return {};
}

bool finish(const QXmlStreamReader &xml, QString *error)
{
    if (xml.hasError()) {
        *error = xmlError(xml);
        return false;
    }
    return true;
}

} // namespace

QString xmlError(const QXmlStreamReader &xml)
{
    return QCoreApplication::translate("dew::models::Io", "not well-formed XML at line %1: %2")
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

QString unescapeXstring(const QString &text)
{
    if (!text.contains(QLatin1String("_x"))) {
        return text;
    }
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : escape.globalMatch(text)) {
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.capturedView(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    int phonetic = 0; // inside <rPh>: the reading of the text, not the text
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && phonetic == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    return unescapeXstring(text);
}

bool parseRelationships(const QByteArray &xml, const QString &baseDir, QHash<QString, Relationship> *rels,
                        QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (isElement(reader, QLatin1String("Relationship")) &&
            attribute(reader, QLatin1String("TargetMode")) != QLatin1String("External")) {
            const QString type = attribute(reader, QLatin1String("Type")).toString();
            const QString target = attribute(reader, QLatin1String("Target")).toString();
            // Targets are relative to the part's folder, or absolute from the package root.
            const QString path = target.startsWith(QLatin1Char('/'))
                                     ? target.mid(1)
                                     : QDir::cleanPath(baseDir + QLatin1Char('/') + target);
            rels->insert(attribute(reader, QLatin1String("Id")).toString(), {type.section(QLatin1Char('/'), -1), path});
        }
    }
    return finish(reader, error);
}

bool parseWorkbook(const QByteArray &xml, WorkbookInfo *info, QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (isElement(reader, QLatin1String("workbookPr"))) {
            const QStringView v = attribute(reader, QLatin1String("date1904"));
            info->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (isElement(reader, QLatin1String("sheet"))) {
            const QStringView state = attribute(reader, QLatin1String("state"));
            info->sheets.append({attribute(reader, QLatin1String("name")).toString(),
                                 attribute(reader, QLatin1String("id")).toString(),
                                 state == QLatin1String("hidden") || state == QLatin1String("veryHidden")});
        }
    }
    return finish(reader, error);
}

bool parseSharedStrings(const QByteArray &xml, QStringList *strings, QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (isElement(reader, QLatin1String("si"))) {
            strings->append(readRichText(reader));
        }
    }
    return finish(reader, error);
}

bool isBuiltInDateFormat(int numFmtId)
{
    // 14–17 and 22 everywhere; 27–31, 36, 50–54, 57 and 58 are the dates of Chinese Excel
    // (yyyy"年"m"月"d"日" and kin), which it writes without defining them. 18–21 and the
    // other ids in those ranges are times of day: left as numbers.
    switch (numFmtId) {
    case 14:
    case 15:
    case 16:
    case 17:
    case 22:
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        return true;
    default:
        return false;
    }
}

bool isDateFormatCode(QStringView formatCode)
{
    // Only the first section counts; quoted text, escapes, padding and [colour]/[$-804] do not.
    QString letters;
    bool quoted = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = formatCode.indexOf(QLatin1Char(']'), i);
            const QStringView inside = formatCode.mid(i + 1, close < 0 ? -1 : close - i - 1);
            static const QRegularExpression elapsed(QStringLiteral("^[hms]+$"),
                                                    QRegularExpression::CaseInsensitiveOption);
            if (elapsed.match(inside.toString()).hasMatch()) {
                letters += QLatin1Char('h'); // [h]:mm is a duration, not a date
            }
            i = close < 0 ? formatCode.size() : close;
        } else if (c == u';') {
            break;
        } else {
            letters += c.toLower();
        }
    }
    const bool hasTime = letters.contains(QLatin1Char('h')) || letters.contains(QLatin1Char('s'));
    return letters.contains(QLatin1Char('y')) || letters.contains(QLatin1Char('d')) ||
           (letters.contains(QLatin1Char('m')) && !hasTime);
}

bool isBooleanFormatCode(QStringView formatCode)
{
    return formatCode.compare(QLatin1String(R"("TRUE";"TRUE";"FALSE")"), Qt::CaseInsensitive) == 0;
}

bool parseNumberStyles(const QByteArray &xml, QList<NumberStyle> *styles, QString *error)
{
    QHash<int, NumberStyle> custom;
    QXmlStreamReader reader(xml);
    bool inCellXfs = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (isElement(reader, QLatin1String("cellXfs"))) {
            inCellXfs = true;
        } else if (isElement(reader, QLatin1String("numFmt"))) {
            const QStringView code = attribute(reader, QLatin1String("formatCode"));
            custom.insert(attribute(reader, QLatin1String("numFmtId")).toInt(),
                          isBooleanFormatCode(code) ? NumberStyle::Boolean
                          : isDateFormatCode(code)  ? NumberStyle::Date
                                                    : NumberStyle::Plain);
        } else if (inCellXfs && isElement(reader, QLatin1String("xf"))) {
            const int id = attribute(reader, QLatin1String("numFmtId")).toInt();
            const NumberStyle builtIn = isBuiltInDateFormat(id) ? NumberStyle::Date : NumberStyle::Plain;
            styles->append(custom.value(id, builtIn));
        }
    }
    return finish(reader, error);
}

} // namespace dew::models::xlsx
