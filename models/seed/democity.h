// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QList>
#include <QString>

#include <functional>

namespace dew::models {

class Workspace;

struct DemoCityCounts
{
    qint64 regions = 0;
    qint64 organisations = 0;
    qint64 systems = 0;
    qint64 resources = 0;
    qint64 items = 0;
};

// The demo city (DESIGN.md §2): Hohhot's real divisions and townships, its bodies with valid
// 统一社会信用代码, their information systems and a catalogue of `scale` data resources with
// their data items. Deterministic: the same scale gives the same records, ids and stamps.
class DemoCity
{
public:
    static constexpr qint64 defaultScale = 3000;

    explicit DemoCity(qint64 scale = defaultScale);

    qint64 scale() const { return m_scale; }
    // Called now and then with the number of resources written so far.
    void setProgressHandler(std::function<void(qint64 resourcesWritten)> handler);

    // Writes the city into an empty workspace in one transaction, as a baseline (version 0, no
    // outbox entries), and marks the workspace as a demo. On failure nothing is written and
    // *error says why.
    bool write(Workspace &workspace, QString *error);
    DemoCityCounts counts() const { return m_counts; }

private:
    bool writeAll(Workspace &workspace, QString *error);

    qint64 m_scale;
    std::function<void(qint64)> m_progress;
    DemoCityCounts m_counts;
};

// The users a demo workspace offers (DESIGN.md §1): officers of two organisations and of a
// township, a reviewer of the data bureau, a supervisor and an administrator.
QList<Actor> demoActors(const Workspace &workspace);

} // namespace dew::models
