// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewspage.h"

#include "applicationdetail.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/reviewactiondialog.h"
#include "export/decisionletter.h"
#include "session.h"
#include "store/applicationdesk.h"
#include "store/materialblobs.h"
#include "widgets/messagebanner.h"
#include "workflow/applicationmaterials.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dew::ui {
namespace {

using models::ApplicationAction;
using models::Entity;
using models::ReviewInbox;

constexpr ReviewInbox inboxOrder[] = {ReviewInbox::AwaitingMe, ReviewInbox::DueSoon, ReviewInbox::All};

} // namespace

ReviewsPage::ReviewsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new models::ApplicationListModel(this)),
      m_inboxes(new QTabBar(this)), m_states(new QListWidget(this)), m_table(new QTableView(this)),
      m_detail(new ApplicationDetail(session.workspace(), this)), m_banner(new MessageBanner(this)),
      m_materialKind(new QComboBox(this)), m_attach(new QPushButton(tr("&Attach material…"), this)),
      m_verify(new QPushButton(tr("&Verify file…"), this)), m_open(new QPushButton(tr("&Open material"), this)),
      m_saveCopy(new QPushButton(tr("Save &copy…"), this)),
      m_print(new QPushButton(tr("&Print decision letter…"), this)),
      m_agreement(new QPushButton(tr("Record a&greement…"), this))
{
    setObjectName(QStringLiteral("reviewsPage"));
    m_inboxes->setObjectName(QStringLiteral("inboxes"));
    for (int i = 0; i < 3; ++i) {
        m_inboxes->addTab(QString());
    }
    m_states->setObjectName(QStringLiteral("states"));
    m_states->setMaximumWidth(240);
    m_table->setObjectName(QStringLiteral("applications"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // What a reviewer scans first, the state and what is due, stands beside the number.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(models::ApplicationListModel::State), 1);
    header->moveSection(header->visualIndex(models::ApplicationListModel::Deadline), 2);
    for (int column : {models::ApplicationListModel::Code, models::ApplicationListModel::State,
                       models::ApplicationListModel::Deadline}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setStretchLastSection(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(buildActionBar());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_states);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({170, 480, 720});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inboxes);
    layout->addWidget(splitter, 1);

    connect(m_inboxes, &QTabBar::currentChanged, this, [this] {
        fillStates();
        applyFilter();
    });
    connect(m_states, &QListWidget::currentRowChanged, this, &ReviewsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewsPage::showCurrent);
    // Another user or workspace, or what a sync brought (others' decisions, new applications),
    // changes whose work is due: the status-bar reminder needs the count at once, so these reload
    // even while the page is hidden. This desktop's own edits wait to be seen.
    connect(&session, &Session::actorChanged, this, &ReviewsPage::reload);
    connect(&session, &Session::workspaceChanged, this, &ReviewsPage::reload);
    connect(&session, &Session::syncedChanges, this, &ReviewsPage::reload);
    connect(&session, &Session::recordsChanged, this, [this](int entity) {
        if (entity == static_cast<int>(Entity::Application) || entity == static_cast<int>(Entity::DataResource)) {
            reloadWhenSeen();
        }
    });
    reload(); // the reminder is shown at start-up, before anyone opens the page
}

QString ReviewsPage::title() const
{
    return tr("Reviews");
}

QWidget *ReviewsPage::buildActionBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Actions:"), bar));
    for (ApplicationAction action : models::applicationActions()) {
        auto *button = new QPushButton(models::applicationActionLabel(action), bar);
        button->setObjectName(QStringLiteral("action_") + models::applicationActionCode(action));
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, action] { takeAction(action); });
        actions->addWidget(button);
        m_actionButtons.insert(action, button);
    }
    actions->addStretch();
    layout->addLayout(actions);
    auto *files = new QHBoxLayout;
    const models::Enumeration &kinds = models::Enumeration::of(models::EnumKind::MaterialKind);
    for (const QString &code : kinds.codes()) {
        m_materialKind->addItem(kinds.label(code), code);
    }
    m_materialKind->setObjectName(QStringLiteral("materialKind"));
    m_attach->setObjectName(QStringLiteral("attachMaterial"));
    m_verify->setObjectName(QStringLiteral("verifyMaterial"));
    m_open->setObjectName(QStringLiteral("openMaterial"));
    m_saveCopy->setObjectName(QStringLiteral("saveMaterialCopy"));
    m_print->setObjectName(QStringLiteral("printLetter"));
    files->addWidget(m_materialKind);
    files->addWidget(m_attach);
    files->addWidget(m_verify);
    files->addWidget(m_open);
    files->addWidget(m_saveCopy);
    files->addStretch();
    m_agreement->setObjectName(QStringLiteral("recordAgreement"));
    files->addWidget(m_agreement);
    files->addWidget(m_print);
    layout->addLayout(files);
    connect(m_attach, &QPushButton::clicked, this, &ReviewsPage::attachMaterial);
    connect(m_verify, &QPushButton::clicked, this, &ReviewsPage::verifyMaterial);
    connect(m_open, &QPushButton::clicked, this, &ReviewsPage::openMaterial);
    connect(m_saveCopy, &QPushButton::clicked, this, &ReviewsPage::saveMaterialCopy);
    connect(m_print, &QPushButton::clicked, this, &ReviewsPage::printDecisionLetter);
    connect(m_agreement, &QPushButton::clicked, this, &ReviewsPage::recordAgreement);
    return bar;
}

void ReviewsPage::reloadWhenSeen()
{
    if (isVisible()) {
        reload();
    } else {
        m_stale = true;
    }
}

void ReviewsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void ReviewsPage::reload()
{
    m_stale = false;
    const QString selected = current() ? current()->facts.id : QString();
    m_model->setRows(
        models::loadApplicationRows(m_session.workspace(), m_session.actor(), QDateTime::currentDateTimeUtc()));
    const QStringList labels{tr("Awaiting me (%1)"), tr("Due soon or overdue (%1)"), tr("All (%1)")};
    for (int i = 0; i < 3; ++i) {
        m_inboxes->setTabText(i, labels.at(i).arg(m_model->count(inboxOrder[i])));
    }
    fillStates();
    applyFilter();
    if (!selected.isEmpty()) {
        selectApplication(selected);
    }
    emit dueCountChanged(dueCount());
}

int ReviewsPage::dueCount() const
{
    return m_model->dueForMe();
}

void ReviewsPage::fillStates()
{
    const QSignalBlocker blocker(m_states);
    const QVariant chosen = m_states->currentItem() ? m_states->currentItem()->data(Qt::UserRole) : QVariant();
    m_states->clear();
    const ReviewInbox inbox = inboxOrder[std::max(0, m_inboxes->currentIndex())];
    auto *all = new QListWidgetItem(tr("Every state (%1)").arg(m_model->count(inbox)), m_states);
    all->setData(Qt::UserRole, QVariant());
    const QMap<models::ApplicationState, int> counts = m_model->stateCounts(inbox);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(models::applicationStateLabel(it.key())).arg(it.value()), m_states);
        item->setData(Qt::UserRole, static_cast<int>(it.key()));
    }
    m_states->setCurrentRow(0);
    for (int row = 0; row < m_states->count(); ++row) {
        if (m_states->item(row)->data(Qt::UserRole) == chosen) {
            m_states->setCurrentRow(row);
        }
    }
}

void ReviewsPage::applyFilter()
{
    const QVariant state = m_states->currentItem() ? m_states->currentItem()->data(Qt::UserRole) : QVariant();
    m_model->setFilter(inboxOrder[std::max(0, m_inboxes->currentIndex())],
                       state.isValid() ? std::optional(static_cast<models::ApplicationState>(state.toInt()))
                                       : std::nullopt);
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
    showCurrent();
}

const models::ApplicationRow *ReviewsPage::current() const
{
    return m_model->rowAt(m_table->selectionModel()->currentIndex().row());
}

std::optional<models::ApplicationRow> ReviewsPage::currentCopy() const
{
    const models::ApplicationRow *row = current();
    return row ? std::optional(*row) : std::nullopt;
}

bool ReviewsPage::selectApplication(const QString &applicationId)
{
    if (m_stale) {
        reload(); // it may be new
    }
    int row = m_model->rowOf(applicationId);
    if (row < 0 && m_inboxes->currentIndex() != 2) {
        m_inboxes->setCurrentIndex(2); // every application is in 全部
        row = m_model->rowOf(applicationId);
    }
    if (row < 0) {
        return false;
    }
    m_table->selectRow(row);
    showCurrent();
    return true;
}

void ReviewsPage::showCurrent()
{
    const models::ApplicationRow *row = current();
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        button->hide();
    }
    m_attach->setEnabled(false);
    m_verify->setEnabled(false);
    m_open->setEnabled(false);
    m_saveCopy->setEnabled(false);
    m_print->setEnabled(row != nullptr);
    m_agreement->setEnabled(false);
    if (!row) {
        m_detail->clear();
        return;
    }
    const models::ApplicationDesk desk(m_session.workspace());
    const models::ApplicationRules rules = desk.rules();
    m_detail->showApplication(*row, rules, desk.reviewRecords(row->facts.id));
    // Only what this user may do now is enabled; what the state allows others is shown, greyed.
    // A greyed button says why, so that no one has to guess what is missing.
    for (auto it = m_actionButtons.cbegin(); it != m_actionButtons.cend(); ++it) {
        const bool possible =
            models::transitionTarget(row->facts.state, it.key(), row->facts.changeUnderReview).has_value();
        const models::TransitionResult offered = models::offeredAction(row->facts, it.key(), m_session.actor(), rules);
        it.value()->setVisible(possible);
        it.value()->setEnabled(offered.allowed);
        it.value()->setToolTip(offered.allowed ? QString() : offered.reason);
    }
    const bool mayEdit =
        models::permits(m_session.actor(), models::RecordAction::Edit, Entity::Application, row->application).allowed;
    m_attach->setEnabled(mayEdit);
    m_verify->setEnabled(!row->facts.materials.isEmpty());
    m_open->setEnabled(!row->facts.materials.isEmpty());
    m_saveCopy->setEnabled(!row->facts.materials.isEmpty());
    m_agreement->setEnabled(models::permitsAgreementOf(m_session.actor(), models::RecordAction::Create, {},
                                                       row->application, row->facts.submittedBy)
                                .allowed);
}

void ReviewsPage::recordAgreement()
{
    const std::optional<models::ApplicationRow> row = currentCopy(); // a sync may reload the list meanwhile
    if (!row) {
        return;
    }
    const QString id = row->facts.id;
    AgreementDialog dialog(m_session.workspace(), m_session.actor(), row->application, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    emit m_session.recordsChanged(static_cast<int>(Entity::Application));
    selectApplication(id);
    m_banner->show(MessageBanner::Kind::Information, tr("Agreement %1 is recorded.").arg(dialog.numberEdit()->text()));
}

void ReviewsPage::takeAction(ApplicationAction action)
{
    const std::optional<models::ApplicationRow> row = currentCopy(); // a sync may reload the list meanwhile
    if (!row) {
        return;
    }
    models::ApplicationDesk desk(m_session.workspace());
    ReviewActionDialog dialog(row->facts, action, m_session.actor(), desk.rules(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString id = row->facts.id;
    models::ApplicationCommand command;
    command.applicationId = id;
    command.expectedState = row->facts.state;
    command.request = dialog.request();
    const models::WriteResult result = desk.perform(m_session.actor(), command);
    if (!result.ok()) {
        m_banner->show(MessageBanner::Kind::Error, models::describe(Entity::Application, result.errors));
        return;
    }
    emit m_session.recordsChanged(static_cast<int>(Entity::Application));
    selectApplication(id);
    const std::optional<models::ApplicationFacts> after = desk.facts(id);
    m_banner->show(MessageBanner::Kind::Information,
                   tr("%1: the application is now \"%2\". Sync carries the decision to the server.")
                       .arg(models::applicationActionLabel(action),
                            models::applicationStateLabel(after ? after->state : row->facts.state)));
}

void ReviewsPage::attachMaterial()
{
    const std::optional<models::ApplicationRow> row = currentCopy(); // a sync may reload the list meanwhile
    if (!row) {
        return;
    }
    const QString path = FileDialog::openFileName(this, tr("Attach material"), QDir::homePath(), tr("All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const models::AttachResult attached = models::attachMaterialFile(
        m_session.workspace(), m_session.actor(), row->facts.id, m_materialKind->currentData().toString(), path);
    if (!attached.error.isEmpty()) {
        m_banner->show(MessageBanner::Kind::Error, attached.error);
        return;
    }
    if (!attached.write.ok()) {
        m_banner->show(MessageBanner::Kind::Error,
                       models::describe(Entity::ApplicationMaterial, attached.write.errors));
        return;
    }
    emit m_session.recordsChanged(static_cast<int>(Entity::Application));
    m_banner->show(MessageBanner::Kind::Information,
                   tr("Attached %1 (SHA-256 %2).").arg(attached.material.fileName, attached.material.sha256));
}

std::optional<models::Material> ReviewsPage::currentMaterial() const
{
    const models::ApplicationRow *row = current();
    if (!row || row->facts.materials.isEmpty()) {
        return std::nullopt;
    }
    return row->facts.materials.at(
        std::clamp(m_detail->materials()->currentRow(), 0, static_cast<int>(row->facts.materials.size()) - 1));
}

void ReviewsPage::openMaterial()
{
    const std::optional<models::Material> material = currentMaterial();
    if (!material) {
        return;
    }
    // A folder per file: two materials may share a name, and a viewer may still hold an older copy.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("dew-materials/") + material->sha256.left(16));
    QString error;
    if (!QDir().mkpath(folder)) {
        m_banner->show(MessageBanner::Kind::Error, tr("Cannot create the folder %1.").arg(folder));
        return;
    }
    const QString path = QDir(folder).filePath(QFileInfo(material->fileName).fileName());
    if (!models::writeMaterialCopy(m_session.workspace(), *material, path, &error)) {
        m_banner->show(MessageBanner::Kind::Error, error);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_banner->show(MessageBanner::Kind::Information,
                       tr("No application opens %1; the file is in %2.").arg(material->fileName, folder));
    }
}

void ReviewsPage::saveMaterialCopy()
{
    const std::optional<models::Material> material = currentMaterial();
    if (!material) {
        return;
    }
    const QString path = FileDialog::saveFileName(this, tr("Save a copy of %1").arg(material->fileName),
                                                  material->fileName, tr("All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!models::writeMaterialCopy(m_session.workspace(), *material, path, &error)) {
        m_banner->show(MessageBanner::Kind::Error, error);
        return;
    }
    m_banner->show(MessageBanner::Kind::Information,
                   tr("Saved %1 to %2; its SHA-256 matches the filed file.").arg(material->fileName, path));
}

void ReviewsPage::verifyMaterial()
{
    const std::optional<models::ApplicationRow> row = currentCopy(); // a sync may reload the list meanwhile
    const int selected = m_detail->materials()->currentRow();
    if (!row || row->facts.materials.isEmpty()) {
        return;
    }
    const models::Material &material = row->facts.materials.at(std::max(0, selected));
    const QString path =
        FileDialog::openFileName(this, tr("Verify %1").arg(material.fileName), QDir::homePath(), tr("All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    switch (models::verifyMaterial(material, path)) {
    case models::MaterialCheck::Matches:
        m_banner->show(MessageBanner::Kind::Information,
                       tr("%1 is the file filed as %2: its SHA-256 matches.").arg(path, material.fileName));
        break;
    case models::MaterialCheck::Differs:
        m_banner->show(MessageBanner::Kind::Error,
                       tr("%1 is NOT the file filed as %2: its SHA-256 differs.").arg(path, material.fileName));
        break;
    case models::MaterialCheck::Unreadable:
        m_banner->show(MessageBanner::Kind::Error, tr("%1 cannot be read.").arg(path));
        break;
    }
}

void ReviewsPage::printDecisionLetter()
{
    const std::optional<models::ApplicationRow> row = currentCopy(); // a sync may reload the list meanwhile
    if (!row) {
        return;
    }
    const QList<models::ReviewRecord> records =
        models::ApplicationDesk(m_session.workspace()).reviewRecords(row->facts.id);
    if (!m_session.isDemo() && std::any_of(records.cbegin(), records.cend(),
                                           [](const models::ReviewRecord &record) { return record.pending; })) {
        // An official letter states what the server has confirmed, with a hash that matches it.
        m_banner->show(MessageBanner::Kind::Error,
                       tr("A step of this application is not yet synced: sync first, then print the letter."));
        return;
    }
    const QString code = row->application.text(QStringLiteral("code"));
    const QString path = FileDialog::saveFileName(this, tr("Print decision letter"),
                                                  tr("Decision letter %1.pdf").arg(code), tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const QDate today = QDate::currentDate();
    models::DecisionLetter letter =
        models::decisionLetterFor(row->facts, records, row->application.text(QStringLiteral("applicant_name")),
                                  tr("Hohhot Municipal Data Bureau"),
                                  tr("Hohhot Data Authorization [%1] No. %2").arg(today.year()).arg(code), today);
    letter.applicationCode = code;
    QString error;
    if (!models::writeDecisionLetterPdf(letter, path, &error)) {
        m_banner->show(MessageBanner::Kind::Error, error);
        return;
    }
    m_banner->show(MessageBanner::Kind::Information, tr("The decision letter is in %1.").arg(path));
}

} // namespace dew::ui
