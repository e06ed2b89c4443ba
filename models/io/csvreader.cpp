// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace dew::models {
namespace {

constexpr qsizetype chunkSize = 1 << 20;

// The state machine of one CSV stream; fed decoded text a chunk at a time.
class CsvParser
{
public:
    CsvParser(QChar delimiter, const RowVisitor &visit) : m_delimiter(delimiter), m_visit(visit) {}

    // False when the visitor asked to stop.
    bool feed(QStringView text)
    {
        const qsizetype size = text.size();
        qsizetype i = 0;
        while (i < size) {
            const QChar c = text[i];
            if (m_skipLineFeed) {
                m_skipLineFeed = false;
                if (c == u'\n') {
                    ++i;
                    continue;
                }
            }
            // Runs of ordinary characters are appended at once (a third of the time on a large
            // file); the state machine sees only quotes, delimiters and line ends.
            if (m_state != State::QuoteInQuoted && !isSpecial(c)) {
                qsizetype end = i + 1;
                while (end < size && !isSpecial(text[end])) {
                    ++end;
                }
                m_field.append(text.sliced(i, end - i));
                m_state = m_state == State::FieldStart ? State::Unquoted : m_state;
                i = end;
                continue;
            }
            if (!step(c)) {
                return false;
            }
            ++i;
        }
        return true;
    }

    bool finish()
    {
        if (m_state == State::Quoted) {
            return false;
        }
        return m_state == State::FieldStart && m_cells.isEmpty() ? true : endRecord();
    }

    int row() const { return m_row; }
    int quoteLine() const { return m_quoteLine; }
    int quoteColumn() const { return m_column; }
    bool stopped() const { return m_stopped; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool isSpecial(QChar c) const { return c == u'"' || c == m_delimiter || c == u'\r' || c == u'\n'; }

    bool step(QChar c)
    {
        const bool lineEnd = c == u'\r' || c == u'\n';
        switch (m_state) {
        case State::FieldStart:
        case State::Unquoted:
            if (m_state == State::FieldStart && c == u'"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                return true;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
            } else if (c == u'\r') {
                // Line breaks inside a field become LF, whichever the file used.
                countLine();
                m_field.append(QLatin1Char('\n'));
                m_skipLineFeed = true;
            } else {
                if (c == u'\n') {
                    countLine();
                }
                m_field.append(c);
            }
            return true;
        case State::QuoteInQuoted:
            if (c == u'"') {
                m_field.append(c);
                m_state = State::Quoted;
                return true;
            }
            break;
        }
        if (c == m_delimiter) {
            endField();
            return true;
        }
        if (lineEnd) {
            countLine();
            m_skipLineFeed = c == u'\r';
            return endRecord();
        }
        // Text after a closing quote ("ab"cd) is kept, as Excel does.
        m_field.append(c);
        m_state = State::Unquoted;
        return true;
    }

    // The LF of a CRLF never gets here (m_skipLineFeed), so each call is one line end.
    void countLine() { ++m_line; }

    void endField()
    {
        if (!m_field.isEmpty()) {
            Cell cell;
            cell.type = Cell::Type::Text;
            cell.text = std::exchange(m_field, QString());
            cell.value = cell.text;
            cell.row = m_row;
            cell.column = m_column;
            m_cells.append(std::move(cell));
        }
        ++m_column;
        m_state = State::FieldStart;
    }

    bool endRecord()
    {
        endField();
        bool more = true;
        if (!m_cells.isEmpty()) {
            m_width = std::max(m_width, m_cells.size());
            SheetRow row{m_row, std::move(m_cells)};
            more = m_visit(row);
            m_stopped = !more;
        }
        m_cells.clear();
        m_cells.reserve(m_width); // rows of a file are alike: one allocation per row
        ++m_row;
        m_column = 1;
        return more;
    }

    QChar m_delimiter;
    const RowVisitor &m_visit;
    State m_state = State::FieldStart;
    QString m_field;
    QList<Cell> m_cells;
    qsizetype m_width = 0;
    int m_row = 1;
    int m_column = 1;
    int m_line = 1;
    int m_quoteLine = 0;
    bool m_skipLineFeed = false;
    bool m_stopped = false;
};

} // namespace

CsvReader::CsvReader(QString fileName) : m_fileName(std::move(fileName)) {}

bool CsvReader::fail(const QString &what)
{
    m_error = m_fileName.isEmpty() ? what : m_fileName + QStringLiteral(": ") + what;
    return false;
}

bool CsvReader::readFile(const QString &path, const RowVisitor &visit)
{
    if (m_fileName.isEmpty()) {
        m_fileName = QFileInfo(path).fileName();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(file.errorString());
    }
    if (file.size() == 0) {
        return readData({}, visit);
    }
    // Mapped, not read: the encoding check needs every byte, and a copy would double the memory.
    if (const uchar *mapped = file.map(0, file.size())) {
        return readData(QByteArrayView(mapped, file.size()), visit);
    }
    return readData(file.readAll(), visit);
}

bool CsvReader::readData(QByteArrayView data, const RowVisitor &visit)
{
    m_error.clear();
    m_cancelled = false;
    if (data.isEmpty()) {
        return fail(QCoreApplication::translate("dew::models::Io", "the file is empty"));
    }
    const EncodingGuess guess = detectTextEncoding(data);
    m_encoding = guess.encoding;
    if (const QString problem = encodingProblem(data, guess); !problem.isEmpty()) {
        return fail(problem);
    }
    QStringDecoder chunkDecoder(textEncodingCodecName(m_encoding));
    if (!chunkDecoder.isValid()) {
        return fail(QCoreApplication::translate("dew::models::Io", "this system cannot decode %1")
                        .arg(textEncodingName(m_encoding)));
    }
    data = data.sliced(guess.bomSize);

    QString first = chunkDecoder.decode(data.first(std::min(data.size(), chunkSize)));
    if (first.startsWith(QChar(0xFEFF))) {
        first.remove(0, 1);
    }
    m_delimiter = detectDelimiter(first);
    CsvParser parser(m_delimiter, visit);
    bool more = parser.feed(first);
    for (qsizetype offset = chunkSize; more && offset < data.size(); offset += chunkSize) {
        more =
            parser.feed(QString(chunkDecoder.decode(data.sliced(offset, std::min(chunkSize, data.size() - offset)))));
    }
    if (more) {
        more = parser.feed(QString(chunkDecoder.decode(QByteArrayView())));
    }
    if (!more) {
        m_cancelled = parser.stopped();
        return true;
    }
    if (!parser.finish()) {
        return fail(QCoreApplication::translate("dew::models::Io",
                                                "row %1: unterminated quote (the field in column %2 opened on "
                                                "line %3 is never closed)")
                        .arg(parser.row())
                        .arg(columnLetter(parser.quoteColumn()))
                        .arg(parser.quoteLine()));
    }
    m_cancelled = parser.stopped();
    return true;
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    // Count candidates outside quotes over the first lines; a title row has few of any.
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    int lines = 0;
    for (const QChar c : sample) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'\n' && ++lines >= 20) {
            break;
        } else if (!quoted) {
            for (int i = 0; i < 3; ++i) {
                counts[i] += c == candidates[i] ? 1 : 0;
            }
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        best = counts[i] > counts[best] ? i : best;
    }
    return candidates[best];
}

} // namespace dew::models
