// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcommands.h"

#include "pages/recordpage.h"

#include <QCoreApplication>

namespace dew::ui {
EditRecordCommand::EditRecordCommand(RecordPage *page, QString id, QVariantMap before, QVariantMap after)
    : m_page(page), m_id(std::move(id)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("dew::ui::RecordCommands", "Edit"));
}

void EditRecordCommand::undo()
{
    m_page->writeValues(m_id, m_before);
    m_done = false;
}

void EditRecordCommand::redo()
{
    if (!std::exchange(m_done, false)) {
        m_page->writeValues(m_id, m_after);
    }
}

PresenceCommand::PresenceCommand(RecordPage *page, QString id, Kind kind, const QString &name)
    : m_page(page), m_id(std::move(id)), m_kind(kind)
{
    setText(kind == Kind::Created ? QCoreApplication::translate("dew::ui::RecordCommands", "Create %1").arg(name)
                                  : QCoreApplication::translate("dew::ui::RecordCommands", "Delete %1").arg(name));
}

void PresenceCommand::undo()
{
    if (m_kind == Kind::Created) {
        m_page->removeRecord(m_id);
    } else {
        m_page->restoreRecord(m_id);
    }
    m_done = false;
}

void PresenceCommand::redo()
{
    if (std::exchange(m_done, false)) {
        return;
    }
    if (m_kind == Kind::Created) {
        m_page->restoreRecord(m_id);
    } else {
        m_page->removeRecord(m_id);
    }
}

RetireCommand::RetireCommand(RecordPage *page, QString id, models::RecordAction action, const QString &name)
    : m_page(page), m_id(std::move(id)), m_action(action)
{
    setText(models::actionLabel(action) + QLatin1Char(' ') + name);
}

void RetireCommand::undo()
{
    m_page->performOn(m_id, m_action == models::RecordAction::Retire ? models::RecordAction::Reactivate
                                                                     : models::RecordAction::Retire);
    m_done = false;
}

void RetireCommand::redo()
{
    if (!std::exchange(m_done, false)) {
        m_page->performOn(m_id, m_action);
    }
}

} // namespace dew::ui
