#include "JournalModel.h"

#include "RuleText.h"

#include <QJsonDocument>
#include <QLocale>
#include <limits>
#include <string_view>

namespace cvm::ui {

JournalModel::JournalModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace), m_rows(int(workspace.journal().size()))
{
    m_prepare = new QTimer(this);
    m_prepare->setInterval(0);
    connect(m_prepare, &QTimer::timeout, this, &JournalModel::prepareSearchText);
    m_prepare->start();
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
        const auto dropFront = [this](auto &cache) {
            cache.erase(cache.begin(),
                        cache.begin() + qMin(qsizetype(m_trimming), qsizetype(cache.size())));
        };
        dropFront(m_searchText);
        dropFront(m_timeKey);
        m_rows -= m_trimming;
        m_prepared = qMax(0, m_prepared - m_trimming);
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
    m_prepare->start();
}

void JournalModel::prepareSearchText()
{
    // About five milliseconds of work per slice.
    const int end = qMin(m_rows, m_prepared + 500);
    for (; m_prepared < end; ++m_prepared) {
        searchText(m_prepared);
        timeKey(m_prepared);
    }
    if (m_prepared >= m_rows)
        m_prepare->stop();
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

const QByteArray &JournalModel::searchText(int row) const
{
    if (size_t(row) >= m_searchText.size()) {
        m_searchText.resize(size_t(m_rows));
        m_timeKey.resize(size_t(m_rows), std::numeric_limits<qint64>::min());
    }
    QByteArray &text = m_searchText[size_t(row)];
    if (text.isEmpty()) {
        const JournalEntry &e = entry(row);
        const QChar sep(QChar::LineFeed);
        text = (timeText(e.time) + sep + e.accountId + sep + channelName(e.channel) + sep +
                e.action + sep + parametersText(e) + sep + outcomeText(e))
                   .toCaseFolded()
                   .toUtf8();
    }
    return text;
}

bool JournalModel::searchTextContains(int row, const QByteArray &folded) const
{
    // A UTF-8 byte sequence matches only at character boundaries, so a byte search finds
    // exactly the texts that hold the characters. (string_view's find looks for the first byte
    // with memchr: faster than memmem on texts this short.)
    const QByteArray &text = searchText(row);
    return std::string_view(text.constData(), size_t(text.size()))
               .find(std::string_view(folded.constData(), size_t(folded.size()))) !=
           std::string_view::npos;
}

qint64 JournalModel::timeKey(int row) const
{
    if (size_t(row) >= m_timeKey.size()) {
        m_searchText.resize(size_t(m_rows));
        m_timeKey.resize(size_t(m_rows), std::numeric_limits<qint64>::min());
    }
    qint64 &key = m_timeKey[size_t(row)];
    if (key == std::numeric_limits<qint64>::min()) {
        const QDateTime &time = entry(row).time;
        key = time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min() + 1;
    }
    return key;
}

void JournalModel::retranslate()
{
    // Times, channels and outcomes are worded in the new language.
    m_searchText.clear();
    m_prepared = 0;
    m_prepare->start();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

} // namespace cvm::ui
