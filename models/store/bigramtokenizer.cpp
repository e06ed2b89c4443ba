// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bigramtokenizer.h"

#include <array>
#include <cstring>
#include <sqlite3.h>
#include <vector>

namespace dew::models {
namespace {

// Stands for "no following character" (end of a word) and for a position that starts at white
// space; a query never produces it, so it never matches across words.
constexpr char wordEnd = '\x01';

int utf8Length(unsigned char lead)
{
    if (lead < 0x80) {
        return 1;
    }
    if ((lead >> 5) == 0x6) {
        return 2;
    }
    if ((lead >> 4) == 0xE) {
        return 3;
    }
    if ((lead >> 3) == 0x1E) {
        return 4;
    }
    return 1; // a stray continuation byte: treat it as a character of its own
}

bool isSpace(const char *text, int length)
{
    return length == 1 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\n' || text[0] == '\r');
}

struct Character
{
    int start;
    int length;
};

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance); // stateless
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) {}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int textLength,
             int (*emit)(void *, int, const char *, int, int, int))
{
    std::vector<Character> chars;
    chars.reserve(static_cast<size_t>(textLength));
    for (int i = 0; i < textLength;) {
        const int length = std::min(utf8Length(static_cast<unsigned char>(text[i])), textLength - i);
        chars.push_back({i, length});
        i += length;
    }
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    std::array<char, 9> token{};
    const auto count = static_cast<int>(chars.size());
    for (int i = 0; i < count; ++i) {
        const Character &c = chars[static_cast<size_t>(i)];
        const bool hasNext = i + 1 < count && !isSpace(text + chars[static_cast<size_t>(i) + 1].start,
                                                       chars[static_cast<size_t>(i) + 1].length);
        int rc = SQLITE_OK;
        if (query) {
            // A query term has no white space: its bigrams, or the single character of a
            // one-character term (which the caller searches as a prefix).
            if (hasNext) {
                const Character &next = chars[static_cast<size_t>(i) + 1];
                rc = emit(context, 0, text + c.start, c.length + next.length, c.start, next.start + next.length);
            } else if (count == 1) {
                rc = emit(context, 0, text + c.start, c.length, c.start, c.start + c.length);
            }
        } else if (isSpace(text + c.start, c.length)) {
            token[0] = wordEnd;
            rc = emit(context, 0, token.data(), 1, c.start, c.start + c.length);
        } else {
            std::memcpy(token.data(), text + c.start, static_cast<size_t>(c.length));
            int length = c.length;
            if (hasNext) {
                const Character &next = chars[static_cast<size_t>(i) + 1];
                std::memcpy(token.data() + length, text + next.start, static_cast<size_t>(next.length));
                length += next.length;
            } else {
                token[static_cast<size_t>(length++)] = wordEnd;
            }
            rc = emit(context, 0, token.data(), length, c.start, c.start + c.length);
        }
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    return SQLITE_OK;
}

fts5_api *fts5ApiOf(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(statement, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool registerBigramTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5ApiOf(db);
    if (!api) {
        return false;
    }
    static fts5_tokenizer tokenizer = {create, destroy, tokenize};
    return api->xCreateTokenizer(api, "dew_bigram", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace dew::models
