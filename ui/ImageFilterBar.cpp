#include "ImageFilterBar.h"

#include "ImageFilterProxy.h"
#include "RuleText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

namespace cvm::ui {

ImageFilterBar::ImageFilterBar(ImageFilterProxy &proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("matchCount"));
    layout->addWidget(m_search, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_type);
    layout->addWidget(m_state);
    // How many images match, of how many the region shows, as the table changes.
    for (QAbstractItemModel *m :
         {static_cast<QAbstractItemModel *>(&m_proxy), m_proxy.sourceModel()}) {
        if (!m)
            continue;
        connect(m, &QAbstractItemModel::rowsInserted, this, &ImageFilterBar::showCount);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &ImageFilterBar::showCount);
        connect(m, &QAbstractItemModel::modelReset, this, &ImageFilterBar::showCount);
        connect(m, &QAbstractItemModel::layoutChanged, this, &ImageFilterBar::showCount);
    }
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(120);

    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] { m_proxy.setSearchText(m_search->text()); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_type->currentData().toInt();
        m_proxy.setTypeFilter(v < 0 ? std::nullopt : std::optional<ImageType>(ImageType(v)));
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_state->currentData().toInt();
        m_proxy.setStateFilter(v < 0 ? std::nullopt : std::optional<ImageState>(ImageState(v)));
    });
    retranslate();
}

void ImageFilterBar::clearSearch()
{
    m_search->clear();
    m_delay->stop();
    m_proxy.setSearchText(QString());
}

void ImageFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ImageFilterBar::showCount()
{
    const int total = m_proxy.sourceModel() ? m_proxy.sourceModel()->rowCount() : 0;
    const int shown = m_proxy.rowCount();
    const QLocale locale;
    m_count->setText(shown == total
                         ? tr("%Ln image(s)", nullptr, total)
                         : tr("%1 of %Ln image(s)", nullptr, total).arg(locale.toString(shown)));
}

void ImageFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImageFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search by image ID, name or operating system"));
    auto fill = [](QComboBox *combo, const QString &all,
                   const QList<std::pair<int, QString>> &items) {
        const int current = combo->currentIndex();
        combo->blockSignals(true);
        combo->clear();
        combo->addItem(all, -1);
        for (const auto &[value, text] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(qMax(0, current));
        combo->blockSignals(false);
    };
    QList<std::pair<int, QString>> types;
    for (ImageType t :
         {ImageType::Private, ImageType::Shared, ImageType::Public, ImageType::Market})
        types.append({int(t), RuleText::imageTypeName(t)});
    fill(m_type, tr("All types"), types);
    QList<std::pair<int, QString>> states;
    for (ImageState s : {ImageState::Normal, ImageState::Creating, ImageState::Syncing,
                         ImageState::Importing, ImageState::CreateFailed, ImageState::ImportFailed})
        states.append({int(s), RuleText::imageStateName(s)});
    fill(m_state, tr("All states"), states);
    showCount();
}

} // namespace cvm::ui
