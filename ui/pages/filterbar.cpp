// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "domain/enumerations.h"
#include "store/recordrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace dew::ui {

FilterBar::FilterBar(const models::Workspace &workspace, bool hasLifecycle, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_organisation(new QComboBox(this)), m_level(new QComboBox(this)),
      m_state(new QComboBox(this)), m_search(new QLineEdit(this))
{
    m_organisation->setObjectName(QStringLiteral("organisationFilter"));
    m_organisation->setMinimumContentsLength(14);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->addItem(tr("All levels"), QString());
    const models::Enumeration &levels = models::Enumeration::of(models::EnumKind::RegionLevel);
    for (const QString &code : levels.codes()) {
        m_level->addItem(levels.label(code), code);
    }
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QString());
    const models::Enumeration &states = models::Enumeration::of(models::EnumKind::Lifecycle);
    for (const QString &code : states.codes()) {
        m_state->addItem(states.label(code), code);
    }
    m_state->addItem(tr("Retired"), QStringLiteral("retired"));
    m_state->setVisible(hasLifecycle);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search names, codes, summaries, data items… (Ctrl+F)"));
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    reloadOrganisations();

    auto emitChange = [this] {
        emit filterChanged(filter());
    };
    connect(m_organisation, &QComboBox::activated, this, emitChange);
    connect(m_level, &QComboBox::activated, this, emitChange);
    connect(m_state, &QComboBox::activated, this, emitChange);
    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this, emitChange] {
        m_typing.stop();
        emitChange();
    });
    connect(&m_typing, &QTimer::timeout, this, emitChange);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Organisation"), this));
    layout->addWidget(m_organisation);
    layout->addWidget(new QLabel(tr("Level"), this));
    layout->addWidget(m_level);
    if (hasLifecycle) {
        layout->addWidget(new QLabel(tr("State"), this));
        layout->addWidget(m_state);
    }
    layout->addWidget(m_search, 1);
}

void FilterBar::reloadOrganisations()
{
    const QVariant current = m_organisation->currentData();
    m_organisation->clear();
    m_organisation->addItem(tr("All organisations"), QString());
    for (const models::NamedRecord &org : models::RecordRepository(m_workspace, models::Entity::Organisation).names()) {
        m_organisation->addItem(org.name, org.id);
    }
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(current)));
}

models::RecordFilter FilterBar::filter() const
{
    return {m_organisation->currentData().toString(), m_level->currentData().toString(),
            m_state->currentData().toString(), m_search->text()};
}

} // namespace dew::ui
