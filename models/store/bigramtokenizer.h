// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace dew::models {

// Registers the FTS5 tokenizer "dew_bigram" on a connection. It gives every character position
// of already-normalised text one token: the character and the one after it (or a marker at the
// end of a word). A query term becomes the phrase of its overlapping bigrams, which matches
// exactly where the term is a substring, so 2-character Chinese words are found through the
// index (Debian's trigram tokenizer finds nothing shorter than 3 characters).
bool registerBigramTokenizer(sqlite3 *db);

} // namespace dew::models
