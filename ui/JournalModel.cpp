#include "JournalModel.h"

#include "RuleText.h"

#include <QJsonDocument>
#include <QLocale>

namespace cvm::ui {

JournalModel::JournalModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace), m_rows(int(workspace.journal().size()))
{
    connect(&m_ws, &Workspace::journalAppended, this, &JournalModel::append);
    // Older entries that a save moved to the journal archive leave the table.
    connect(&m_ws, &Workspace::journalAboutToBeTrimmed, this, [this](int count) {
        m_trimming = qMin(count, m_rows);
        if (m_trimming > 0)
            beginRemoveRows(QModelIndex(), 0, m_trimming - 1);
    });
    connect(&m_ws, &Workspace::journalTrimmed, this, [this] {
        if (m_trimming <= 0)
            return;
        m_rows -= m_trimming;
        m_trimming = 0;
        endRemoveRows();
    });
}

void JournalModel::append(int index)
{
    // The entry is already in the journal; rows up to it become visible now.
    const int last = qMin(index, int(m_ws.journal().size()) - 1);
    if (last < m_rows)
        return;
    beginInsertRows(QModelIndex(), m_rows, last);
    m_rows = last + 1;
    endInsertRows();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::parametersText(const JournalEntry &e)
{
    return QString::fromUtf8(QJsonDocument(e.parameters).toJson(QJsonDocument::Compact));
}

QString JournalModel::channelName(const QString &channel)
{
    if (channel == Channel::console())
        return tr("Console", "journal channel");
    if (channel == Channel::api())
        return tr("API", "journal channel");
    return channel;
}

QString JournalModel::timeText(const QDateTime &time)
{
    return RuleText::timeText(time);
}

QString JournalModel::accountText(const QString &accountId) const
{
    const QString name = m_ws.accountName(accountId);
    return name.isEmpty() || name == accountId ? accountId : tr("%1 (%2)").arg(name, accountId);
}

QString JournalModel::outcomeText(const JournalEntry &e)
{
    if (e.success)
        return tr("Succeeded");
    QStringList codes;
    for (const JournalError &x : e.errors) {
        if (!codes.contains(x.code))
            codes.append(x.code);
    }
    return tr("Refused: %1").arg(codes.join(QStringLiteral(", ")));
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = entry(index.row());
    switch (role) {
    case EntryRole:
        return index.row();
    case AccountIdRole:
        return e.accountId;
    case SuccessRole:
        return e.success;
    case SortRole:
        if (index.column() == TimeColumn)
            return e.time;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ParametersColumn)
            return QString::fromUtf8(QJsonDocument(e.parameters).toJson(QJsonDocument::Indented))
                .trimmed();
        if (index.column() == OutcomeColumn && !e.success) {
            QStringList lines;
            for (const JournalError &x : e.errors)
                lines.append(
                    QStringLiteral("%1 %2: %3").arg(x.rule, x.code, RuleText::ruleTitle(x.rule)));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.time);
        case AccountColumn:
            return accountText(e.accountId);
        case ChannelColumn:
            return channelName(e.channel);
        case ActionColumn:
            return e.action;
        case ParametersColumn:
            return parametersText(e);
        case OutcomeColumn:
            return outcomeText(e);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case ChannelColumn:
        return tr("Channel");
    case ActionColumn:
        return tr("Action");
    case ParametersColumn:
        return tr("Parameters");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

void JournalModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

} // namespace cvm::ui
