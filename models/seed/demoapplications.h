// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dew::models {

class Workspace;

// The demo city's authorization applications (DESIGN.md §6), filed by a demo officer for real
// resources of their organisation and moved by the demo reviewer through the same workflow as
// any user's: a draft, one awaiting acceptance, one overdue in compliance review, one approved
// and one rejected. The rule table and the calendar are written first. False, with the reason,
// when a step is refused.
bool writeDemoApplications(Workspace &workspace, QString *error);

} // namespace dew::models
