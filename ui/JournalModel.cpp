#include "JournalModel.h"

#include <QJsonDocument>
#include <QLocale>

namespace cvm::ui {

JournalModel::JournalModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace), m_rows(int(workspace.journal().size()))
{
    connect(&m_ws, &Workspace::journalAppended, this, [this](int index) {
        beginInsertRows(QModelIndex(), m_rows, index);
        m_rows = index + 1;
        endInsertRows();
    });
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

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const JournalEntry &e = entry(index.row());
    if (role == EntryRole)
        return index.row();
    if (role == AccountIdRole)
        return e.accountId;
    if (role == SuccessRole)
        return e.success;
    if (role == SortRole && index.column() == TimeColumn)
        return e.time;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case AccountColumn: {
        const QString name = m_ws.accountName(e.accountId);
        return name.isEmpty() ? e.accountId : tr("%1 (%2)").arg(name, e.accountId);
    }
    case ChannelColumn:
        return e.channel;
    case ActionColumn:
        return e.action;
    case ParametersColumn:
        return parametersText(e);
    case OutcomeColumn: {
        if (e.success)
            return tr("Succeeded");
        QStringList codes;
        for (const JournalError &x : e.errors)
            codes.append(x.code);
        return tr("Refused: %1").arg(codes.join(QStringLiteral(", ")));
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
