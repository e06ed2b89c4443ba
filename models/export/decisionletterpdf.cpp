// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// writeDecisionLetterPdf(): the only part of dew_models that paints, hence the only one on QtGui.
#include "decisionletter.h"
#include "workflow/workingdaycalendar.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <optional>

namespace dew::models {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::DecisionLetter", source);
}

// GB/T 9704-2012: A4, 版心 156 mm × 225 mm with a 37 mm top and a 28 mm left margin, 22 lines of
// 28 characters of size 3 (16 pt) a page; title in size 2 (22 pt), 版记 and page numbers in size 4.
constexpr qreal topMm = 37;
constexpr qreal leftMm = 28;
constexpr qreal bodyWidthMm = 156;
constexpr qreal bodyHeightMm = 225;
constexpr qreal lineMm = bodyHeightMm / 22;
constexpr qreal bodyPt = 16;
constexpr qreal titlePt = 22;
constexpr qreal recordPt = 14;
constexpr qreal authorityPt = 30;
constexpr qreal authorityTopMm = 35; // the issuing authority's mark below the top of the 版心
constexpr qreal sealDiameterMm = 42;
const QColor red(0xd7, 0x00, 0x0f);

const char *const fontPaths[] = {
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",           // Debian, Ubuntu
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",           // Fedora
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", // Arch
    "/usr/local/share/fonts/wqy-microhei.ttc",
};

struct LetterFonts
{
    QString family;
    QString monoFamily;
};

// Noto Sans CJK (CFF outlines) gets a wrong text layer from QPdfWriter; WenQuanYi Micro Hei, a
// TrueType collection, extracts exactly (TOOLCHAIN.md). Loaded once: QFontDatabase is GUI-thread only.
std::optional<LetterFonts> letterFonts(QString *error)
{
    static LetterFonts loaded;
    if (!loaded.family.isEmpty()) {
        return loaded;
    }
    QStringList tried;
    for (const char *path : fontPaths) {
        const QString file = QString::fromLatin1(path);
        tried << file;
        if (!QFile::exists(file)) {
            continue;
        }
        const int id = QFontDatabase::addApplicationFont(file);
        for (const QString &family : QFontDatabase::applicationFontFamilies(id)) {
            (family.endsWith(QLatin1String("Mono")) ? loaded.monoFamily : loaded.family) = family;
        }
        if (!loaded.family.isEmpty()) {
            if (loaded.monoFamily.isEmpty()) {
                loaded.monoFamily = loaded.family;
            }
            return loaded;
        }
    }
    *error = text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter",
                                    "The decision letter needs the font WenQuanYi Micro Hei (Debian package "
                                    "fonts-wqy-microhei), which was not found at: %1"))
                 .arg(tried.join(QLatin1String(", ")));
    return std::nullopt;
}

// Paints the letter top to bottom, breaking lines to the 版心's width and pages at its foot.
class LetterPainter
{
public:
    LetterPainter(QPdfWriter &writer, QPainter &painter, const LetterFonts &fonts)
        : m_writer(writer), m_painter(painter), m_fonts(fonts)
    {
        m_y = mm(topMm);
        paintPageNumber();
    }

    qreal mm(qreal millimetres) const { return millimetres * m_writer.resolution() / 25.4; }
    qreal left() const { return mm(leftMm); }
    qreal width() const { return mm(bodyWidthMm); }
    qreal bottom() const { return mm(topMm + bodyHeightMm); }
    qreal y() const { return m_y; }
    void skip(qreal height) { m_y += height; }

    QFont font(qreal points, bool bold = false, bool mono = false) const
    {
        QFont font(mono ? m_fonts.monoFamily : m_fonts.family);
        font.setPointSizeF(points);
        font.setBold(bold);
        return font;
    }
    qreal advance(const QFont &font, const QString &text) const
    {
        return QFontMetricsF(font, &m_writer).horizontalAdvance(text);
    }
    qreal em(const QFont &font) const { return advance(font, QStringLiteral(u"\u4e00")); }

    // Starts a new page unless height fits below the current position.
    void ensureRoom(qreal height)
    {
        if (m_y + height > bottom() + 0.5) {
            newPage();
        }
    }

    void newPage()
    {
        m_writer.newPage();
        ++m_page;
        m_y = mm(topMm);
        paintPageNumber();
    }

    // A paragraph: the first line indented by firstIndent, the others flush with the margin
    // (Chinese official style), each line one pitch high; lines move to a new page as needed.
    void paragraph(const QString &content, const QFont &font, Qt::Alignment alignment = Qt::AlignLeft,
                   qreal firstIndent = 0, const QColor &color = Qt::black, qreal pitch = 0)
    {
        pitch = pitch > 0 ? pitch : mm(lineMm);
        const QFontMetricsF metrics(font, &m_writer);
        QStringList lines = wrap(content, font, firstIndent);
        if (alignment & Qt::AlignHCenter && lines.size() > 1) {
            // A centred title breaks into lines of about equal length, not a full line and a
            // leftover character (GB/T 9704: 排列对称): the narrowest width that needs no more lines.
            qreal narrow = width() / lines.size();
            qreal wide = width();
            while (wide - narrow > mm(1)) {
                const qreal middle = (narrow + wide) / 2;
                (wrap(content, font, firstIndent, middle).size() > lines.size() ? narrow : wide) = middle;
            }
            lines = wrap(content, font, firstIndent, wide);
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            ensureRoom(pitch);
            const qreal indent = i == 0 ? firstIndent : 0;
            const qreal free = width() - indent - metrics.horizontalAdvance(lines.at(i));
            qreal x = left() + indent;
            if (alignment & Qt::AlignHCenter) {
                x += free / 2;
            } else if (alignment & Qt::AlignRight) {
                x += free;
            }
            const qreal baseline = m_y + (pitch - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent();
            textAt(lines.at(i), font, x, baseline, color); // a new page's number changed the font
            m_y += pitch;
        }
    }

    // Line breaks by Unicode's rules (no line starts with "。"), and anywhere in a word longer
    // than the line, so that nothing runs past the margin. A last line of one character takes
    // one more from the line before it.
    QStringList wrap(const QString &content, const QFont &font, qreal firstIndent, qreal lineWidth = 0) const
    {
        lineWidth = lineWidth > 0 ? lineWidth : width();
        const QStringList lines = layoutLines(content, font, firstIndent, lineWidth, -1);
        if (lines.size() < 2 || lines.back().size() > 1) {
            return lines;
        }
        const QStringList balanced = layoutLines(content, font, firstIndent, lineWidth, lines.size() - 2);
        return balanced.size() == lines.size() ? balanced : lines;
    }

    void line(qreal y, qreal thicknessMm, const QColor &color)
    {
        m_painter.setPen(QPen(color, mm(thicknessMm), Qt::SolidLine, Qt::FlatCap));
        m_painter.drawLine(QPointF(left(), y), QPointF(left() + width(), y));
    }

    void textAt(const QString &content, const QFont &font, qreal x, qreal baseline, const QColor &color = Qt::black)
    {
        m_painter.setFont(font);
        m_painter.setPen(color);
        m_painter.drawText(QPointF(x, baseline), content);
    }

    QPainter &painter() { return m_painter; }

private:
    // The lines of a paragraph; the line numbered shortened is one character narrower.
    QStringList layoutLines(const QString &content, const QFont &font, qreal firstIndent, qreal lineWidth,
                            qsizetype shortened) const
    {
        QTextLayout layout(content, font, &m_writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QStringList lines;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            const qreal available = lines.isEmpty() ? lineWidth - firstIndent : lineWidth;
            line.setLineWidth(lines.size() == shortened ? available - em(font) : available);
            QString part = content.mid(line.textStart(), line.textLength());
            while (!part.isEmpty() && part.back().isSpace()) {
                part.chop(1);
            }
            lines << part;
        }
        layout.endLayout();
        return lines;
    }

    // 页码: size 4, "— 1 —", 7 mm below the 版心; odd pages on the right, even ones on the left,
    // one character in from the edge.
    void paintPageNumber()
    {
        const QFont numberFont = font(recordPt);
        const QString number = QStringLiteral(u"\u2014 %1 \u2014").arg(m_page);
        const qreal gap = em(numberFont);
        const qreal x = m_page % 2 ? left() + width() - gap - advance(numberFont, number) : left() + gap;
        textAt(number, numberFont, x, bottom() + mm(7) + QFontMetricsF(numberFont, &m_writer).ascent());
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    const LetterFonts m_fonts;
    qreal m_y = 0;
    int m_page = 1;
};

QString letterDate(QDate date)
{
    // A format, not placeholders: GB/T 9704 writes 2026年3月5日, without the zeros of 2026-03-05.
    //: The QDate format of a decision letter's date; in Chinese yyyy年M月d日
    return date.toString(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "yyyy-MM-dd")));
}

// 版头: the issuing authority's mark in red, the document number, the red separator line.
void paintHead(LetterPainter &page, const DecisionLetter &letter)
{
    QFont authorityFont = page.font(authorityPt, true);
    while (authorityFont.pointSizeF() > titlePt &&
           page.advance(authorityFont, letter.issuingAuthority) > page.width()) {
        authorityFont.setPointSizeF(authorityFont.pointSizeF() - 1);
    }
    page.skip(page.mm(authorityTopMm));
    page.paragraph(letter.issuingAuthority, authorityFont, Qt::AlignHCenter, 0, red, page.mm(authorityPt * 0.5));
    page.skip(page.mm(lineMm)); // 发文字号 two lines below the mark
    page.paragraph(letter.documentNumber, page.font(bodyPt), Qt::AlignHCenter);
    page.line(page.y() + page.mm(2), 0.5, red); // 4 mm below the number's glyphs
    page.skip(page.mm(2 * lineMm));
}

// 发文机关署名 and 成文日期 with the seal's place: the date four characters in from the right,
// the signature centred on it, the seal (42 mm) pressing on both with its top within a line of
// the body.
void paintSignature(LetterPainter &page, const DecisionLetter &letter)
{
    const QFont bodyFont = page.font(bodyPt);
    const qreal pitch = page.mm(lineMm);
    const qreal sealRadius = page.mm(sealDiameterMm / 2);
    page.ensureRoom(3 * pitch + sealRadius);
    const qreal top = page.y();
    const QString date = letterDate(letter.date);
    const qreal em = page.em(bodyFont);
    const qreal dateWidth = page.advance(bodyFont, date);
    const qreal signatureWidth = page.advance(bodyFont, letter.issuingAuthority);
    const qreal right = page.left() + page.width();
    // A signature longer than the date keeps two characters from the edge, the date centred under it.
    const qreal centre = signatureWidth > dateWidth
                             ? std::max(page.left() + signatureWidth / 2, right - 2 * em - signatureWidth / 2)
                             : right - 4 * em - dateWidth / 2;
    const QPointF sealCentre(centre, top + 3 * pitch - page.mm(3));
    QPainter &painter = page.painter();
    painter.save();
    painter.setPen(QPen(QColor(0xe8, 0xa0, 0xa0), page.mm(0.4), Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(sealCentre, sealRadius, sealRadius);
    painter.restore();
    const QFontMetricsF metrics(bodyFont, painter.device());
    const qreal ascentOffset = (pitch - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent();
    page.textAt(letter.issuingAuthority, bodyFont, centre - signatureWidth / 2, top + 2 * pitch + ascentOffset);
    page.textAt(date, bodyFont, centre - dateWidth / 2, top + 3 * pitch + ascentOffset);
    page.skip(std::max(4 * pitch, 3 * pitch + sealRadius - page.mm(3)));
}

// 版记 at the foot of the last page: the application, the record's hash, who issued it and when,
// between a thick first and last line and thin lines in between.
void paintRecord(LetterPainter &page, const DecisionLetter &letter)
{
    const QFont recordFont = page.font(recordPt);
    const qreal em = page.em(recordFont);
    const qreal inner = page.width() - 2 * em;
    QFont hashFont = page.font(recordPt, false, true);
    while (hashFont.pointSizeF() > 6 && page.advance(hashFont, letter.recordHash) > inner) {
        hashFont.setPointSizeF(hashFont.pointSizeF() - 0.5);
    }
    const QString code =
        text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "Application: %1")).arg(letter.applicationCode);
    const QString hashLabel = text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "Record hash (SHA-256):"));
    const QStringList codeLines = page.wrap(code, recordFont, 0, inner);
    const QStringList labelLines = page.wrap(hashLabel, recordFont, 0, inner);
    const QStringList hashLines = page.wrap(letter.recordHash, hashFont, 0, inner);
    const qreal row = page.mm(7.5);
    const qreal height = row * (codeLines.size() + labelLines.size() + hashLines.size() + 1) + page.mm(2);
    page.ensureRoom(height + page.mm(lineMm));
    const qreal top = page.bottom() - height;
    const QFontMetricsF metrics(recordFont, page.painter().device());
    const QFontMetricsF hashMetrics(hashFont, page.painter().device());
    qreal y = top;
    const auto rows = [&](const QStringList &lines, const QFont &font, const QFontMetricsF &m) {
        for (const QString &content : lines) {
            page.textAt(content, font, page.left() + em, y + (row - m.ascent() - m.descent()) / 2 + m.ascent());
            y += row;
        }
    };
    page.line(top, 0.35, Qt::black);
    rows(codeLines, recordFont, metrics);
    rows(labelLines, recordFont, metrics);
    rows(hashLines, hashFont, hashMetrics);
    page.line(y + page.mm(1), 0.25, Qt::black);
    y += page.mm(2);
    const QString issued =
        text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "Issued on %1")).arg(letterDate(letter.date));
    const qreal baseline = y + (row - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent();
    page.textAt(letter.issuingAuthority, recordFont, page.left() + em, baseline);
    page.textAt(issued, recordFont, page.left() + page.width() - em - page.advance(recordFont, issued), baseline);
    page.line(y + row, 0.35, Qt::black);
}

void paintLetter(LetterPainter &page, const DecisionLetter &letter)
{
    const QFont bodyFont = page.font(bodyPt);
    const qreal indent = 2 * page.em(bodyFont);
    paintHead(page, letter);
    page.paragraph(letter.title, page.font(titlePt, true), Qt::AlignHCenter);
    page.skip(page.mm(lineMm));
    //: The addressee of a letter, followed by a colon (全角冒号 in Chinese)
    page.paragraph(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "%1:")).arg(letter.addressee), bodyFont);
    page.paragraph(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter",
                                          "Your authorization-operation application %1 has been reviewed. "
                                          "The decision is as follows:"))
                       .arg(letter.applicationCode),
                   bodyFont, Qt::AlignLeft, indent);
    page.paragraph(letter.decision, page.font(bodyPt, true), Qt::AlignLeft, indent);
    if (!letter.reasons.isEmpty()) {
        page.ensureRoom(2 * page.mm(lineMm)); // a heading stays with its first item
        page.paragraph(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "Reasons:")), bodyFont, Qt::AlignLeft,
                       indent);
        for (qsizetype i = 0; i < letter.reasons.size(); ++i) {
            //: A numbered item of a decision letter: number, text
            page.paragraph(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "(%1) %2"))
                               .arg(QString::number(i + 1), letter.reasons.at(i)),
                           bodyFont, Qt::AlignLeft, indent);
        }
    }
    if (!letter.reviewers.isEmpty()) {
        page.ensureRoom(2 * page.mm(lineMm));
        page.paragraph(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "Review record:")), bodyFont,
                       Qt::AlignLeft, indent);
        for (qsizetype i = 0; i < letter.reviewers.size(); ++i) {
            const DecisionLetterReviewer &reviewer = letter.reviewers.at(i);
            const QDateTime local = reviewer.time.toTimeZone(WorkingDayCalendar::timeZone());
            // Time and name first, where a line never breaks them.
            //: A reviewer of a decision letter: number, date and time, name, stage, what they did
            page.paragraph(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "(%1) %2 %3, %4: %5"))
                               .arg(QString::number(i + 1), local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    reviewer.name, reviewer.stage, reviewer.action),
                           bodyFont, Qt::AlignLeft, indent);
        }
    }
    page.paragraph(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "Hereby decided.")), bodyFont, Qt::AlignLeft,
                   indent);
    paintSignature(page, letter);
    paintRecord(page, letter);
}

} // namespace

bool writeDecisionLetterPdf(const DecisionLetter &letter, const QString &path, QString *error)
{
    QString problem;
    const auto fail = [&](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (letter.decision.isEmpty()) {
        return fail(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter",
                                           "The application has no decision yet: there is no letter to print.")));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return fail(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter",
                                           "Printing a decision letter needs a QGuiApplication (for its fonts).")));
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return fail(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter",
                                           "Cannot write the decision letter to %1: the folder %2 does not exist."))
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder)));
    }
    const std::optional<LetterFonts> fonts = letterFonts(&problem);
    if (!fonts) {
        return fail(problem);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "Cannot write the decision letter to %1: %2"))
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(600);
        writer.setTitle(letter.title);
        writer.setCreator(QStringLiteral("dew"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(
                text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "Cannot write the decision letter to %1: %2"))
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        painter.setRenderHint(QPainter::Antialiasing);
        LetterPainter page(writer, painter, *fonts);
        paintLetter(page, letter);
        painter.end();
    }
    if (!file.commit()) {
        return fail(text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "Cannot write the decision letter to %1: %2"))
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return true;
}

} // namespace dew::models
