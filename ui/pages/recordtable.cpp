// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtable.h"

#include "itemmodels/pagedrecordmodel.h"
#include "itemmodels/roles.h"
#include "support/settings.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>

namespace dew::ui {
namespace {

// Greys out retired records: they stay in the inventory, but are not in use.
class RetiredRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(models::RetiredRole).toBool()) {
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        }
    }
};

} // namespace

QStringList listedColumns(models::Entity entity)
{
    if (entity == models::Entity::WorkflowRule) {
        return {QStringLiteral("code"), QStringLiteral("name")};
    }
    if (entity == models::Entity::Application) {
        return {QStringLiteral("code"),      QStringLiteral("scenario"), QStringLiteral("applicant_name"),
                QStringLiteral("owner_org"), QStringLiteral("mode"),     QStringLiteral("fee_category"),
                QStringLiteral("term_end"),  QStringLiteral("state")};
    }
    if (entity == models::Entity::InformationSystem) {
        return {QStringLiteral("code"),        QStringLiteral("name"),    QStringLiteral("owner_org"),
                QStringLiteral("build_level"), QStringLiteral("status"),  QStringLiteral("deployment"),
                QStringLiteral("mlps_level"),  QStringLiteral("go_live"), QStringLiteral("lifecycle"),
                QStringLiteral("retired")};
    }
    return {QStringLiteral("code"),           QStringLiteral("name"),      QStringLiteral("owner_org"),
            QStringLiteral("catalogue_kind"), QStringLiteral("format"),    QStringLiteral("update_cycle"),
            QStringLiteral("share_type"),     QStringLiteral("open_type"), QStringLiteral("grade"),
            QStringLiteral("lifecycle"),      QStringLiteral("retired")};
}

QTableView *createRecordTable(models::PagedRecordModel *model, const QString &pageName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QStringLiteral("recordTable"));
    table->setModel(model);
    table->setItemDelegate(new RetiredRowDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setColumnHidden(model->columnOf(QStringLiteral("retired")), true);
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString field = model->fieldAt(column);
        const int characters = field == QLatin1String("name")        ? 20
                               : field == QLatin1String("owner_org") ? 14
                               : field == QLatin1String("code")      ? 14
                                                                     : 7;
        table->setColumnWidth(column, table->fontMetrics().horizontalAdvance(QChar(0x6570)) * characters);
    }
    table->horizontalHeader()->restoreState(
        models::Settings::instance().value(models::Settings::Key::TableHeaderState, pageName).toByteArray());
    return table;
}

} // namespace dew::ui
