#include "CloudPanel.h"

#include "CloudApply.h"
#include "CloudClient.h"
#include "CloudPull.h"
#include "CloudSync.h"
#include "Console.h"
#include "Retranslator.h"
#include "RuleText.h"
#include "Session.h"

#include <QEvent>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cvm::ui {

CloudPanel::CloudPanel(Console &console, QWidget *parent) : QWidget(parent), m_console(console)
{
    setObjectName(QStringLiteral("cloudPanel"));
    QSettings settings;
    m_connection = CloudConnection::load(settings);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cloudStatus"));
    m_status->setWordWrap(true);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("cloudOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("pendingList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(6);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("cloudConnect"));
    m_pull = new QPushButton(this);
    m_pull->setObjectName(QStringLiteral("cloudPull"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("cloudApply"));
    m_drop = new QPushButton(this);
    m_drop->setObjectName(QStringLiteral("cloudDrop"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_pull);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_drop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    layout->addWidget(m_list, 1);
    connect(m_connect, &QPushButton::clicked, this, &CloudPanel::connectToCloud);
    connect(m_pull, &QPushButton::clicked, this, [this] { pull(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_drop, &QPushButton::clicked, this, &CloudPanel::dropSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_drop->setEnabled(!m_list->selectedItems().isEmpty()); });
    Workspace &ws = m_console.workspace();
    connect(&ws, &Workspace::changed, this, [this](const WorkspaceDelta &d) {
        if (!d.pending.isEmpty())
            refresh();
    });
    connect(&ws, &Workspace::cloudChanged, this, &CloudPanel::refresh);
    CVM_RETRANSLATE_SLOT(&CloudPanel::retranslate);
}

CloudPanel::~CloudPanel() = default;

void CloudPanel::retranslate()
{
    m_connect->setText(tr("Connect…"));
    m_pull->setText(tr("Pull"));
    m_pull->setToolTip(tr("Read the accounts' images, share lists, quotas and instances from the "
                          "cloud; the pending changes are kept and checked again."));
    m_apply->setText(tr("Apply"));
    m_apply->setToolTip(tr("Send the pending changes to the cloud, in order; the first refusal "
                           "stops."));
    m_drop->setText(tr("Drop"));
    m_drop->setToolTip(tr("Undo the selected pending change and take it off the list."));
    m_list->setHeaderLabels(
        {tr("#"), tr("State"), tr("Account"), tr("Region"), tr("Call"), tr("Verdict")});
    refresh();
}

void CloudPanel::refresh()
{
    const Workspace &ws = m_console.workspace();
    const CloudLink &link = ws.cloud();
    const QList<PendingChange> unapplied = ws.unapplied();
    if (!link.isLinked())
        m_status->setText(tr("Not connected: this workspace is not pulled from the cloud. Connect, "
                             "then Pull."));
    else
        m_status->setText(
            tr("Pulled from %1 at %2. %n change(s) pending.", nullptr, int(unapplied.size()))
                .arg(link.endpoint, RuleText::timeText(link.pulledTime)));
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    const QString keep = selected.isEmpty() ? QString() : selected.first()->text(0);
    m_list->clear();
    for (const PendingChange &c : ws.pendingList()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(c.sequence));
        item->setText(1, RuleText::pendingStateName(c.state));
        item->setText(2, ws.accountName(c.accountId));
        item->setText(3, RuleText::regionName(ws.region(c.region), c.region));
        item->setText(
            4, c.action + QLatin1Char(' ') +
                   QString::fromUtf8(
                       QJsonDocument(cloud::callParameters(c)).toJson(QJsonDocument::Compact)));
        item->setText(5, RuleText::pendingVerdict(c));
        item->setToolTip(4, item->text(4));
        item->setToolTip(5, item->text(5));
        item->setData(0, Qt::UserRole, c.sequence);
        if (c.state == PendingState::Conflict)
            item->setForeground(5, palette().brush(QPalette::Highlight));
        if (item->text(0) == keep)
            item->setSelected(true);
    }
    for (int i = 0; i < 4; ++i)
        m_list->resizeColumnToContents(i);
    m_pull->setEnabled(true);
    m_apply->setEnabled(link.isLinked() && !unapplied.isEmpty());
    m_drop->setEnabled(!m_list->selectedItems().isEmpty());
}

void CloudPanel::showOutcome(const QString &text, bool error)
{
    m_outcome->setText(text);
    m_outcome->setVisible(!text.isEmpty());
    m_outcome->setStyleSheet(error ? QStringLiteral("color: palette(highlight);") : QString());
    if (!text.isEmpty())
        Q_EMIT message(text);
}

void CloudPanel::connectToCloud()
{
    CloudConnectDialog dialog(m_connection, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_connection = dialog.connection();
    QSettings settings;
    m_connection.save(settings);
    refresh();
}

std::unique_ptr<cloud::CloudClient> CloudPanel::makeClient(QString *error) const
{
    if (!m_connection.isSet()) {
        *error = tr("Choose where the keys are first: Connect…");
        return nullptr;
    }
    return m_connection.client(cloud::ClientOptions(), error);
}

QString CloudPanel::pull()
{
    QString error;
    std::unique_ptr<cloud::CloudClient> client = makeClient(&error);
    if (!client) {
        showOutcome(error, true);
        return error;
    }
    cloud::CloudPull pull(*client);
    QProgressDialog progress(tr("Pulling from %1…").arg(client->endpoint().toString()),
                             tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("pullProgress"));
    progress.setWindowTitle(tr("Pull"));
    progress.setMinimumDuration(300);
    QEventLoop loop;
    connect(&pull, &cloud::CloudPull::progress, &progress, [&](int done, int known) {
        progress.setMaximum(known);
        progress.setValue(done);
        progress.setLabelText(tr("Pulling from %1: %2 of %3 requests…")
                                  .arg(client->endpoint().toString())
                                  .arg(done)
                                  .arg(known));
    });
    connect(&progress, &QProgressDialog::canceled, &pull, &cloud::CloudPull::cancel);
    connect(&pull, &cloud::CloudPull::finished, &loop, &QEventLoop::quit);
    pull.start();
    if (!pull.isFinished())
        loop.exec();
    progress.reset();
    if (!pull.succeeded()) {
        showOutcome(pull.error(), true);
        return pull.error();
    }
    const RefreshSummary sum = cloud::layDown(m_console.session().operations(), pull.state());
    // A pull is not a step to undo: what was before it is the cloud's past.
    m_console.undoStack().clear();
    if (m_console.workspace().account(m_console.actingAccount()) == nullptr &&
        !m_console.workspace().accounts().isEmpty())
        m_console.setActingAccount(pull.state().accounts.value(0).accountId);
    QString outcome = tr("Pulled %n image(s): %1 new, %2 changed, %3 gone; %4 pending change(s) "
                         "made again, %5 in conflict.",
                         nullptr, int(pull.state().images.size()))
                          .arg(sum.imagesAdded)
                          .arg(sum.imagesChanged)
                          .arg(sum.imagesRemoved)
                          .arg(sum.replayed)
                          .arg(sum.conflicts.size());
    if (!pull.state().importOsUnknown.isEmpty())
        outcome += QLatin1Char(' ') +
                   tr("The cloud imports systems this console does not list yet (its import checks "
                      "will refuse them): %1.")
                       .arg(pull.state().importOsUnknown.join(QStringLiteral(", ")));
    showOutcome(outcome, !sum.conflicts.isEmpty());
    refresh();
    return {};
}

QString CloudPanel::apply()
{
    Session &session = m_console.session();
    if (session.isUntitled()) {
        const QString e = tr("Save the workspace first: apply saves it after each change, so that "
                             "nothing applied is forgotten.");
        showOutcome(e, true);
        return e;
    }
    QString error;
    std::unique_ptr<cloud::CloudClient> client = makeClient(&error);
    if (!client) {
        showOutcome(error, true);
        return error;
    }
    cloud::CloudApply apply(*client, session.operations(),
                            [&session](QString *e) { return session.document().save(e); });
    QProgressDialog progress(tr("Applying…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("applyProgress"));
    progress.setWindowTitle(tr("Apply"));
    progress.setMinimumDuration(300);
    QEventLoop loop;
    connect(&apply, &cloud::CloudApply::progress, &progress,
            [&](int done, int total, int, const QString &text) {
                progress.setMaximum(total);
                progress.setValue(done);
                if (!text.isEmpty())
                    progress.setLabelText(text);
            });
    connect(&progress, &QProgressDialog::canceled, &apply, &cloud::CloudApply::cancel);
    connect(&apply, &cloud::CloudApply::finished, &loop, &QEventLoop::quit);
    apply.start();
    if (!apply.isFinished())
        loop.exec();
    progress.reset();
    // Applied changes carry the cloud's IDs now; the undo history spoke of the old ones.
    m_console.undoStack().clear();
    if (!apply.succeeded()) {
        showOutcome(tr("%1 of %2 change(s) applied. %3")
                        .arg(apply.applied())
                        .arg(apply.total())
                        .arg(apply.error()),
                    true);
        refresh();
        return apply.error();
    }
    showOutcome(tr("%1 of %2 change(s) applied. Pull to see the cloud's state.")
                    .arg(apply.applied())
                    .arg(apply.total()),
                false);
    refresh();
    return {};
}

void CloudPanel::dropSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const int sequence = selected.first()->data(0, Qt::UserRole).toInt();
    const OperationResult r =
        m_console.run([sequence](Operations &ops, const OperationContext &ctx) {
            return ops.dropPending(ctx, sequence);
        });
    if (r.refused())
        showOutcome(RuleText::describe(r.verdict), true);
    else
        showOutcome(QString(), false);
    refresh();
}

} // namespace cvm::ui
