#include "ImageFilterBar.h"

#include "ImageFilterProxy.h"
#include "ImageTableModel.h"
#include "Retranslator.h"
#include "RuleText.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace cvm::ui {
namespace {

// A combo box that brings its items up to date just before it opens.
class FilterCombo final : public QComboBox
{
public:
    FilterCombo(std::function<void()> beforeOpening, QWidget *parent)
        : QComboBox(parent), m_beforeOpening(std::move(beforeOpening))
    {
        // Narrow in the bar, whatever its longest item; the list opens as wide as it needs.
        setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        setMinimumContentsLength(12);
    }

    void showPopup() override
    {
        if (m_beforeOpening)
            m_beforeOpening();
        view()->setMinimumWidth(view()->sizeHintForColumn(0) + 2 * view()->frameWidth() + 24);
        QComboBox::showPopup();
    }

private:
    std::function<void()> m_beforeOpening;
};

// Re-fills a combo box with "all" (no data) and the items (text, data), keeping the current
// choice, and without signalling a change. A current choice no item holds stays, at the end.
void refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, QVariant>> &items)
{
    const bool chosen = combo->currentIndex() > 0;
    const QVariant current = combo->currentData();
    const QString currentText = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all);
    int index = 0;
    for (const auto &[text, value] : items) {
        combo->addItem(text, value);
        if (chosen && value == current)
            index = combo->count() - 1;
    }
    if (chosen && index == 0) {
        combo->addItem(currentText, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString tagText(const Tag &tag)
{
    return tag.value.isEmpty() ? tag.key : QStringLiteral("%1: %2").arg(tag.key, tag.value);
}

} // namespace

ImageFilterBar::ImageFilterBar(ImageFilterProxy &proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("matchCount"));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    layout->addLayout(searchRow);

    const auto refresh = [this] { refreshChoices(); };
    m_region = new FilterCombo(nullptr, this);
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_type = new FilterCombo(nullptr, this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_state = new FilterCombo(nullptr, this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_platform = new FilterCombo(refresh, this);
    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_owner = new FilterCombo(refresh, this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_tag = new FilterCombo(refresh, this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    // Two rows of three: each list wide enough for a region's or an owner's full name at
    // 1280 pixels, in both languages.
    auto *filterRows = new QGridLayout;
    int at = 0;
    for (QComboBox *combo : {m_region, m_type, m_state, m_platform, m_owner, m_tag}) {
        filterRows->addWidget(combo, at / 3, at % 3);
        ++at;
    }
    for (int column = 0; column < 3; ++column)
        filterRows->setColumnStretch(column, 1);
    layout->addLayout(filterRows);

    // How many images match, of how many the region shows, as the table changes; and what
    // the platform, owner and tag lists offer, once the changes of a moment are in.
    m_choicesDelay = new QTimer(this);
    m_choicesDelay->setSingleShot(true);
    m_choicesDelay->setInterval(0);
    connect(m_choicesDelay, &QTimer::timeout, this, &ImageFilterBar::refreshChoices);
    for (QAbstractItemModel *m :
         {static_cast<QAbstractItemModel *>(&m_proxy), m_proxy.sourceModel()}) {
        if (!m)
            continue;
        connect(m, &QAbstractItemModel::rowsInserted, this, &ImageFilterBar::showCount);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &ImageFilterBar::showCount);
        connect(m, &QAbstractItemModel::modelReset, this, &ImageFilterBar::showCount);
        connect(m, &QAbstractItemModel::layoutChanged, this, &ImageFilterBar::showCount);
    }
    if (QAbstractItemModel *m = m_proxy.sourceModel()) {
        const auto later = [this] { m_choicesDelay->start(); };
        connect(m, &QAbstractItemModel::rowsInserted, this, later);
        connect(m, &QAbstractItemModel::rowsRemoved, this, later);
        connect(m, &QAbstractItemModel::modelReset, this, later);
    }
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(120);

    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] { m_proxy.setSearchText(m_search->text()); });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_shownRegion = m_region->currentData().toString();
        Q_EMIT regionChosen(m_shownRegion);
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_type->currentData();
        m_proxy.setTypeFilter(v.isValid() ? std::optional<ImageType>(ImageType(v.toInt()))
                                          : std::nullopt);
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_state->currentData();
        m_proxy.setStateFilter(v.isValid() ? std::optional<ImageState>(ImageState(v.toInt()))
                                           : std::nullopt);
    });
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_platform->currentData();
        m_proxy.setPlatformFilter(v.isValid() ? std::optional<QString>(v.toString())
                                              : std::nullopt);
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_owner->currentData();
        m_proxy.setOwnerFilter(v.isValid() ? std::optional<QString>(v.toString())
                                           : std::nullopt);
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        const QStringList v = m_tag->currentData().toStringList();
        m_proxy.setTagFilter(v.size() == 2 ? std::optional<Tag>(Tag{v.at(0), v.at(1)})
                                           : std::nullopt);
    });
    CVM_RETRANSLATE_SLOT(&ImageFilterBar::retranslate);
}

ImageTableModel *ImageFilterBar::images() const
{
    return qobject_cast<ImageTableModel *>(m_proxy.sourceModel());
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

void ImageFilterBar::showRegion(const QString &regionId)
{
    m_shownRegion = regionId;
    const QSignalBlocker blocker(m_region);
    const int i = regionId.isEmpty() ? 0 : m_region->findData(regionId);
    m_region->setCurrentIndex(qMax(0, i));
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

void ImageFilterBar::refreshChoices()
{
    m_choicesDelay->stop();
    const ImageTableModel *model = images();
    if (!model)
        return;
    const ImageFilterChoices choices = model->filterChoices();
    QList<std::pair<QString, QVariant>> platforms;
    for (const QString &p : choices.platforms)
        platforms.append({p, p});
    refill(m_platform, tr("All platforms"), platforms);
    QList<std::pair<QString, QVariant>> owners;
    const Workspace &ws = model->workspace();
    for (const QString &id : choices.owners) {
        if (id.isEmpty()) {
            owners.append({tr("Tencent Cloud"), QString()});
            continue;
        }
        const QString name = ws.accountName(id);
        owners.append({name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id), id});
    }
    refill(m_owner, tr("All owners"), owners);
    QList<std::pair<QString, QVariant>> tags;
    for (const Tag &t : choices.tags)
        tags.append({tagText(t), QStringList{t.key, t.value}});
    refill(m_tag, tr("All tags"), tags);
}

void ImageFilterBar::fillRegions()
{
    const ImageTableModel *model = images();
    QList<std::pair<QString, QVariant>> regions;
    if (model) {
        for (const Region &r : model->workspace().regions())
            regions.append({RuleText::regionName(&r, r.regionId), r.regionId});
    }
    refill(m_region, tr("All regions"), regions);
    showRegion(m_shownRegion);
}

void ImageFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search by image ID, name or operating system"));
    m_region->setToolTip(tr("Only the images in this region"));
    m_type->setToolTip(tr("Only the images of this type"));
    m_state->setToolTip(tr("Only the images in this state"));
    m_platform->setToolTip(tr("Only the images of this platform (operating system family)"));
    m_owner->setToolTip(tr("Only the images this account owns"));
    m_tag->setToolTip(tr("Only the images with this tag"));
    // An empty string as data marks Tencent Cloud's own images in the owner list, so "all"
    // carries no data at all; the type and state values are numbers.
    QList<std::pair<QString, QVariant>> types;
    for (ImageType t :
         {ImageType::Private, ImageType::Shared, ImageType::Public, ImageType::Market})
        types.append({RuleText::imageTypeName(t), int(t)});
    refill(m_type, tr("All types"), types);
    QList<std::pair<QString, QVariant>> states;
    for (ImageState s : {ImageState::Normal, ImageState::Creating, ImageState::Syncing,
                         ImageState::Importing, ImageState::CreateFailed, ImageState::ImportFailed})
        states.append({RuleText::imageStateName(s), int(s)});
    refill(m_state, tr("All states"), states);
    fillRegions();
    refreshChoices();
    showCount();
}

} // namespace cvm::ui
