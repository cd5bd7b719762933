// Nothing is cut off at 1280×800, in English and in Indonesian: with the sample workspace loaded,
// the main window (every image's details, every region) and every dialog (on the images and
// instances it is meant for) are opened on a 1280×800 screen, and the test fails on any window
// larger than the screen, and on any label, button, check box, combo box, tab, header section or
// cell of a table, tree or list whose text does not fit its rectangle. Elided text counts as cut.
// Each finding names the language, the window, the widget and the text.
#include "Console.h"
#include "Dialogs.h"
#include "Fixture.h"
#include "ImportDescribeImagesDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "Rules.h"
#include "Session.h"
#include "BulkDialog.h"
#include "ShareDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QDockWidget>
#include "CloudConnectDialog.h"
#include <QTest>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <algorithm>
#include <cmath>

using namespace cvm;

namespace {

constexpr int kScreenWidth = 1280;
constexpr int kScreenHeight = 800;

// The style's own view item options of a cell, as the view's delegate sees them.
class ProbeDelegate final : public QStyledItemDelegate
{
public:
    void init(QStyleOptionViewItem *option, const QModelIndex &index) const
    {
        initStyleOption(option, index);
    }
};

// The size `text` takes in `font` when laid out in lines at most `width` wide (wrapping at word
// boundaries when `wrap`, as labels and item views do; a word longer than the width sticks out
// and makes the returned width larger than `width`). Newlines always break.
QSizeF layoutSize(const QString &text, const QFont &font, qreal width, bool wrap)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(t, font);
    QTextOption option;
    option.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::ManualWrap);
    layout.setTextOption(option);
    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(wrap ? width : 1e6);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {widest, height};
}

// The text as shown: a single & marks a mnemonic and is not drawn, && draws one &.
QString shownText(const QString &text)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
        }
        out.append(text.at(i));
    }
    return out;
}

int advance(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

// Checks everything visible in a window and keeps what does not fit.
class FitCheck final
{
public:
    explicit FitCheck(QString language) : m_language(std::move(language)) {}

    const QStringList &problems() const { return m_problems; }

    // The window's size, then everything visible in it.
    void window(QWidget *window)
    {
        const QSize size = window->size();
        if (size.width() > kScreenWidth || size.height() > kScreenHeight)
            add(window, QString(),
                QStringLiteral("the window is %1×%2 px, larger than the %3×%4 screen")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(kScreenWidth)
                    .arg(kScreenHeight));
        const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
        if (least.width() > kScreenWidth || least.height() > kScreenHeight)
            add(window, QString(),
                QStringLiteral("the window cannot be smaller than %1×%2 px")
                    .arg(least.width())
                    .arg(least.height()));
        part(window);
    }

    // A widget of a dock tabbed behind another: not on screen until its tab is chosen (each
    // dock is checked with its tab chosen).
    static bool behindAnotherDock(QWidget *w)
    {
        for (QWidget *p = w; p; p = p->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(p))
                return dock->visibleRegion().isEmpty();
        }
        return false;
    }

    // Everything visible in `root` (a window or a part of one).
    void part(QWidget *root)
    {
        m_window = root->window();
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || w->window() != m_window || behindAnotherDock(w))
                continue;
            if (auto *l = qobject_cast<QLabel *>(w))
                label(l);
            else if (auto *b = qobject_cast<QPushButton *>(w))
                pushButton(b);
            else if (auto *other = qobject_cast<QAbstractButton *>(w))
                otherButton(other);
            else if (auto *c = qobject_cast<QComboBox *>(w))
                combo(c);
            else if (auto *e = qobject_cast<QLineEdit *>(w))
                lineEdit(e);
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                group(g);
            else if (auto *t = qobject_cast<QTabBar *>(w))
                tabs(t);
            else if (auto *h = qobject_cast<QHeaderView *>(w))
                header(h);
            else if (auto *v = qobject_cast<QAbstractItemView *>(w))
                cells(v);
            else if (auto *bar = qobject_cast<QToolBar *>(w))
                overflow(bar, "qt_toolbar_ext_button");
            else if (auto *m = qobject_cast<QMenuBar *>(w))
                overflow(m, "qt_menubar_ext_button");
        }
    }

private:
    QString m_language;
    QWidget *m_window = nullptr;
    QStringList m_problems;

    static QString name(const QWidget *w)
    {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->objectName();
    }

    // The window, the named widgets on the way, and the widget.
    static QString path(const QWidget *w)
    {
        QStringList parts{name(w)};
        if (!w->objectName().isEmpty())
            parts.first() +=
                QStringLiteral(" (%1)").arg(QString::fromLatin1(w->metaObject()->className()));
        if (w->isWindow())
            return parts.first();
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (p->isWindow()) {
                parts.prepend(name(p));
                break;
            }
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
                parts.prepend(p->objectName());
        }
        return parts.join(QStringLiteral(" › "));
    }

    void add(const QWidget *w, const QString &text, const QString &why)
    {
        QString line = QStringLiteral("[%1] %2").arg(m_language, path(w));
        if (!text.isEmpty())
            line += QStringLiteral(": \"%1\"")
                        .arg(QString(text).replace(QLatin1Char('\n'), QStringLiteral("\\n")));
        line += QStringLiteral(" — ") + why;
        if (!m_problems.contains(line))
            m_problems.append(line);
    }

    static QString needs(qreal needW, qreal haveW)
    {
        return QStringLiteral("needs %1 px, has %2").arg(std::ceil(needW)).arg(haveW);
    }

    // A widget partly outside the window, or covered by the edges of its parents.
    void clipped(const QWidget *w, const QString &text)
    {
        const QRect inWindow(w->mapTo(m_window, QPoint(0, 0)), w->size());
        if (!m_window->rect().contains(inWindow))
            add(w, text, QStringLiteral("lies partly outside its window"));
        for (const QWidget *p = w->parentWidget(); p && p != m_window; p = p->parentWidget()) {
            const QRect inParent(w->mapTo(p, QPoint(0, 0)), w->size());
            if (!p->rect().contains(inParent)) {
                add(w, text, QStringLiteral("sticks out of %1").arg(name(p)));
                return;
            }
        }
    }

    void label(QLabel *l)
    {
        const QString text = l->text();
        if (text.isEmpty() || l->pixmap().cacheKey() != 0)
            return;
        clipped(l, text);
        const QRect cr =
            l->contentsRect().adjusted(l->margin(), l->margin(), -l->margin(), -l->margin());
        const bool rich = l->textFormat() == Qt::RichText ||
                          (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (rich) {
            const QSize need =
                l->wordWrap() ? QSize(0, l->heightForWidth(l->width())) : l->sizeHint();
            if (need.width() > l->width())
                add(l, text, needs(need.width(), l->width()));
            if (need.height() > l->height())
                add(l, text,
                    QStringLiteral("needs %1 px of height, has %2")
                        .arg(need.height())
                        .arg(l->height()));
            return;
        }
        const QString shown = l->buddy() ? shownText(text) : text;
        const QSizeF need = layoutSize(shown, l->font(), cr.width(), l->wordWrap());
        if (need.width() > cr.width() + 0.5)
            add(l, text, needs(need.width(), cr.width()));
        else if (need.height() > cr.height() + 0.5)
            add(l, text,
                QStringLiteral("needs %1 px of height, has %2")
                    .arg(std::ceil(need.height()))
                    .arg(cr.height()));
    }

    void pushButton(QPushButton *b)
    {
        if (b->text().isEmpty())
            return;
        clipped(b, b->text());
        QStyleOptionButton option;
        option.initFrom(b);
        option.text = b->text();
        option.icon = b->icon();
        option.iconSize = b->iconSize();
        if (b->autoDefault())
            option.features |= QStyleOptionButton::AutoDefaultButton;
        const QRect contents =
            b->style()->subElementRect(QStyle::SE_PushButtonContents, &option, b);
        int need = advance(b->fontMetrics(), shownText(b->text()));
        if (!b->icon().isNull())
            need += b->iconSize().width() + 4;
        if (need > contents.width())
            add(b, b->text(), needs(need, contents.width()));
    }

    // Check boxes, radio buttons and tool buttons draw their text at the size they ask for.
    void otherButton(QAbstractButton *b)
    {
        if (b->text().isEmpty())
            return;
        if (auto *tool = qobject_cast<QToolButton *>(b);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
            return;
        clipped(b, b->text());
        const QSize hint = b->sizeHint();
        if (hint.width() > b->width())
            add(b, b->text(), needs(hint.width(), b->width()));
        else if (hint.height() > b->height())
            add(b, b->text(),
                QStringLiteral("needs %1 px of height, has %2")
                    .arg(hint.height())
                    .arg(b->height()));
    }

    // Every item of a combo box is shown in its field once chosen.
    void combo(QComboBox *c)
    {
        clipped(c, c->currentText());
        if (c->isEditable())
            return;
        QStyleOptionComboBox option;
        option.initFrom(c);
        option.editable = false;
        option.frame = c->hasFrame();
        option.subControls = QStyle::SC_All;
        const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, c);
        for (int i = 0; i < c->count(); ++i) {
            int need = c->fontMetrics().horizontalAdvance(c->itemText(i)) + 2;
            if (!c->itemIcon(i).isNull())
                need += c->iconSize().width() + 4;
            if (need > field.width())
                add(c, c->itemText(i), needs(need, field.width()));
        }
    }

    void lineEdit(QLineEdit *e)
    {
        if (qobject_cast<QComboBox *>(e->parentWidget()))
            return;
        clipped(e, e->placeholderText());
        if (!e->text().isEmpty() || e->placeholderText().isEmpty())
            return;
        QStyleOptionFrame option;
        option.initFrom(e);
        option.rect = e->contentsRect();
        option.lineWidth =
            e->hasFrame() ? e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, e) : 0;
        const QRect r = e->style()->subElementRect(QStyle::SE_LineEditContents, &option, e);
        const QMargins m = e->textMargins();
        const int have = r.width() - m.left() - m.right() - 4; // the line edit's own margins
        const int need = e->fontMetrics().horizontalAdvance(e->placeholderText());
        if (need > have)
            add(e, e->placeholderText(), needs(need, have));
    }

    void group(QGroupBox *g)
    {
        if (g->title().isEmpty())
            return;
        clipped(g, g->title());
        const int need = g->fontMetrics().horizontalAdvance(shownText(g->title())) + 16;
        if (need > g->width())
            add(g, g->title(), needs(need, g->width()));
    }

    void tabs(QTabBar *t)
    {
        clipped(t, QString());
        const int space = t->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, t);
        for (int i = 0; i < t->count(); ++i) {
            if (!t->isTabVisible(i))
                continue;
            const QString text = t->tabText(i);
            const QRect r = t->tabRect(i);
            int need = t->fontMetrics().horizontalAdvance(shownText(text)) + space;
            if (!t->tabIcon(i).isNull())
                need += t->iconSize().width() + 4;
            if (r.left() < 0 || r.right() >= t->width())
                add(t, text, QStringLiteral("the tab lies outside its bar (the tabs scroll)"));
            else if (need > r.width())
                add(t, text, needs(need, r.width()));
        }
    }

    void header(QHeaderView *h)
    {
        if (!h->model() || h->orientation() != Qt::Horizontal)
            return;
        QStyle *style = h->style();
        const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
        const int mark = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
        for (int s = 0; s < h->count(); ++s) {
            if (h->isSectionHidden(s))
                continue;
            const QString text = h->model()->headerData(s, Qt::Horizontal).toString();
            if (text.isEmpty())
                continue;
            int need = advance(h->fontMetrics(), text) + 2 * margin;
            // Any column can be sorted: its arrow then takes room beside the text.
            if (h->isSortIndicatorShown())
                need += mark + margin;
            if (need > h->sectionSize(s))
                add(h, text, QStringLiteral("column %1 ").arg(s) + needs(need, h->sectionSize(s)));
        }
    }

    void cells(QAbstractItemView *v)
    {
        const QAbstractItemModel *m = v->model();
        if (!m)
            return;
        ProbeDelegate probe;
        QStyle *style = v->style();
        const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, v) + 1;
        bool wrap = false;
        auto *list = qobject_cast<QListView *>(v);
        if (auto *t = qobject_cast<QTableView *>(v))
            // Rows of one height: a wrapped second line is a cut line, unless rows grow to fit.
            wrap = t->wordWrap() &&
                   t->verticalHeader()->sectionResizeMode(0) == QHeaderView::ResizeToContents;
        else if (auto *tree = qobject_cast<QTreeView *>(v))
            wrap = tree->wordWrap();
        else if (auto *l = qobject_cast<QListView *>(v))
            wrap = l->wordWrap();
        int seen = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent) && seen < 2000; ++r) {
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex index = m->index(r, c, parent);
                    if (c == 0 && m->hasChildren(index))
                        walk(index);
                    const QString text = index.data(Qt::DisplayRole).toString();
                    const QRect rect = v->visualRect(index);
                    if (text.isEmpty() || !rect.isValid() || rect.isEmpty() ||
                        v->indexWidget(index))
                        continue;
                    ++seen;
                    // A list's item wider than the list is seen only by scrolling sideways.
                    if (list && (rect.left() < 0 || rect.right() >= v->viewport()->width())) {
                        const int full = layoutSize(text, v->font(), 1e6, false).width();
                        if (full + rect.left() + 2 * textMargin > v->viewport()->width()) {
                            add(v, text,
                                QStringLiteral("row %1 is wider than its list: ").arg(r) +
                                    needs(full + 2 * textMargin, v->viewport()->width()));
                            continue;
                        }
                    }
                    QStyleOptionViewItem option;
                    option.initFrom(v);
                    option.font = v->font();
                    option.fontMetrics = v->fontMetrics();
                    option.widget = v;
                    option.rect = rect;
                    option.textElideMode = v->textElideMode();
                    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, v);
                    option.decorationSize =
                        v->iconSize().isValid() ? v->iconSize() : QSize(icon, icon);
                    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
                    if (wrap)
                        option.features |= QStyleOptionViewItem::WrapText;
                    probe.init(&option, index);
                    const QRect textRect =
                        style->subElementRect(QStyle::SE_ItemViewItemText, &option, v);
                    const qreal width = textRect.width() - 2 * textMargin;
                    const QSizeF need = layoutSize(text, option.font, width, wrap);
                    const QString where = QStringLiteral("cell (%1, %2) ").arg(r).arg(c);
                    if (need.width() > width + 0.5)
                        add(v, text, where + needs(need.width(), width));
                    else if (need.height() > textRect.height() + 0.5)
                        add(v, text,
                            where + QStringLiteral("needs %1 px of height, has %2")
                                        .arg(std::ceil(need.height()))
                                        .arg(textRect.height()));
                }
            }
        };
        walk(v->rootIndex());
        // A list or table with rows shows at least three of them (or all, when fewer).
        const int rows = m->rowCount(v->rootIndex());
        if (rows > 0 && !qobject_cast<QHeaderView *>(v)) {
            const int shown = std::min(rows, 3);
            int height = 0;
            for (int r = 0; r < shown; ++r)
                height += v->visualRect(m->index(r, 0, v->rootIndex())).height();
            if (v->viewport()->height() < height)
                add(v, QString(),
                    QStringLiteral("shows %1 px of rows, less than the %2 px of its first %3")
                        .arg(v->viewport()->height())
                        .arg(height)
                        .arg(shown));
        }
    }

    void overflow(QWidget *bar, const char *extension)
    {
        const auto *more = bar->findChild<QToolButton *>(QLatin1String(extension));
        if (more && more->isVisible())
            add(bar, QString(), QStringLiteral("does not fit: some of it is behind its » button"));
    }
};

} // namespace

class TestFit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::unique_ptr<ui::MainWindow> makeWindow()
    {
        LoadResult sample = WorkspaceFile::load(QStringLiteral(SAMPLE_WORKSPACE));
        if (!sample.ok())
            qFatal("the sample does not load: %s", qPrintable(sample.errorText()));
        auto session = std::make_unique<ui::Session>(
            std::move(sample.workspace), QString(), std::make_unique<ManualClock>(fixture::kStart));
        session->setTicking(false);
        auto w = std::make_unique<ui::MainWindow>(std::move(session));
        w->show();
        QCoreApplication::processEvents();
        return w;
    }

    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    // Lists lay their wrapped items out again 100 ms after a resize.
    static void settleLayouts() { QTest::qWait(110); }

    // Every page of every tab widget in `root`, each checked in turn.
    static void checkPages(QWidget *root, FitCheck &check)
    {
        QList<QTabWidget *> all = root->findChildren<QTabWidget *>();
        if (auto *t = qobject_cast<QTabWidget *>(root))
            all.prepend(t);
        for (QTabWidget *tabs : std::as_const(all)) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                settle();
                check.part(tabs);
            }
            tabs->setCurrentIndex(current);
        }
    }

    // The images a dialog is meant for, among those the acting account sees.
    static QStringList imagesFor(const QString &dialog, const ui::MainWindow &window)
    {
        const Workspace &ws = window.console().workspace();
        const QString me = window.actingAccount();
        QStringList ids = Rules::visibleImageIds(ws, me);
        std::sort(ids.begin(), ids.end());
        QStringList out;
        for (const QString &id : std::as_const(ids)) {
            const Image &i = *ws.image(id);
            const bool own = i.isCustom() && i.ownerAccountId == me;
            bool fits = false;
            if (dialog == QLatin1String("share") || dialog == QLatin1String("copy") ||
                dialog == QLatin1String("give") || dialog == QLatin1String("edit") ||
                dialog == QLatin1String("delete") || dialog.endsWith(QLatin1String("many")))
                fits = own;
            else if (dialog == QLatin1String("diagnose"))
                fits = own &&
                       (i.state == ImageState::CreateFailed || i.state == ImageState::ImportFailed);
            else if (dialog == QLatin1String("launch") || dialog == QLatin1String("reinstall"))
                fits = i.state == ImageState::Normal;
            if (fits)
                out.append(id);
        }
        return out;
    }

    void check(const QString &language, const std::function<void(FitCheck &)> &walk)
    {
        QVERIFY(Language::apply(language));
        settle();
        FitCheck fit(language);
        walk(fit);
        for (const QString &problem : fit.problems())
            qWarning().noquote() << problem;
        QVERIFY2(fit.problems().isEmpty(),
                 qPrintable(QStringLiteral("%1 texts or windows do not fit (listed above)")
                                .arg(fit.problems().size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QSize screen = QGuiApplication::primaryScreen()->size();
        QCOMPARE(screen, QSize(kScreenWidth, kScreenHeight));
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : Language::supported())
            QTest::newRow(qPrintable(code)) << code;
    }

    // The window as it first opens, then at the size of the screen, on every region and on every
    // image of every account of the sample: its details in every tab.
    void mainWindowFits_data() { languages_data(); }
    void mainWindowFits()
    {
        QFETCH(QString, language);
        check(language, [](FitCheck &fit) {
            auto w = makeWindow();
            settleLayouts();
            fit.window(w.get());
            w->resize(kScreenWidth, kScreenHeight);
            settleLayouts();
            const Workspace &ws = w->console().workspace();
            QStringList accounts;
            for (const Account &a : ws.accounts())
                accounts.append(a.accountId);
            std::sort(accounts.begin(), accounts.end());
            for (const QString &account : std::as_const(accounts)) {
                w->setActingAccount(account);
                settle();
                for (const Region &r : ws.regions()) {
                    w->selectRegion(r.regionId);
                    settle();
                    fit.window(w.get());
                }
                w->selectRegion(QString());
                QStringList ids = Rules::visibleImageIds(ws, account);
                std::sort(ids.begin(), ids.end());
                QWidget *details = w->findChild<QWidget *>(QStringLiteral("detailsPane"));
                for (const QString &id : std::as_const(ids)) {
                    w->selectImages({id});
                    settle();
                    fit.part(w->findChild<QWidget *>(QStringLiteral("regionList")));
                    checkPages(details, fit);
                }
            }
            // Each dock with its tab chosen.
            for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
                dock->show();
                dock->raise();
                settle();
                QVERIFY2(!dock->visibleRegion().isEmpty(), qPrintable(dock->objectName()));
                fit.part(dock);
            }
            w->console().markSaved();
        });
    }

    // Every dialog of the window, for each sample account that has something to open it on, on
    // every image it is meant for.
    void dialogsFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dialog");
        for (const QString &code : Language::supported()) {
            for (const QString &name : ui::dialogNames())
                QTest::newRow(qPrintable(name + QLatin1Char('/') + code)) << code << name;
        }
    }
    void dialogsFit()
    {
        QFETCH(QString, language);
        QFETCH(QString, dialog);
        check(language, [&](FitCheck &fit) {
            auto w = makeWindow();
            w->resize(kScreenWidth, kScreenHeight);
            const Workspace &ws = w->console().workspace();
            QStringList accounts;
            for (const Account &a : ws.accounts()) {
                if (!ws.instancesOf(a.accountId).isEmpty() ||
                    a.accountId.startsWith(QLatin1String("1000")))
                    accounts.append(a.accountId);
            }
            std::sort(accounts.begin(), accounts.end());
            int opened = 0;
            for (const QString &account : std::as_const(accounts)) {
                w->setActingAccount(account);
                settle();
                QStringList images = imagesFor(dialog, *w);
                // Public images are many and alike: a few of them are enough.
                if (dialog == QLatin1String("launch") || dialog == QLatin1String("reinstall"))
                    images = images.mid(0, 6);
                if (images.isEmpty())
                    images.append(QString()); // the dialogs that need no image
                // The bulk dialogs: on all of the account's own images at once.
                if (dialog.endsWith(QLatin1String("many")))
                    images = QStringList{images.join(QLatin1Char(' '))};
                for (const QString &image : std::as_const(images)) {
                    w->selectImages(image.isEmpty() ? QStringList()
                                                    : image.split(QLatin1Char(' ')));
                    settle();
                    QDialog *d = w->openDialog(dialog);
                    if (!d)
                        continue;
                    ++opened;
                    settleLayouts();
                    fit.window(d);
                    checkPages(d, fit);
                    // Dialogs with a choice of instance: each instance.
                    if (auto *instances =
                            d->findChild<QComboBox *>(QStringLiteral("instanceCombo"))) {
                        for (int i = 0; i < instances->count(); ++i) {
                            instances->setCurrentIndex(i);
                            settle();
                            fit.window(d);
                        }
                    }
                    // The bulk dialogs with something chosen: every line has a verdict.
                    if (auto *bulk = qobject_cast<ui::BulkDialog *>(d)) {
                        bulk->setAccounts({QStringLiteral("200010000001"),
                                           QStringLiteral("100038472901"),
                                           QStringLiteral("999999999999")});
                        if (auto *list = d->findChild<QListWidget *>()) {
                            QStringList all;
                            for (int i = 0; i < list->count(); ++i)
                                all.append(list->item(i)->data(Qt::UserRole).toString());
                            // Every account in the cancel list, every region in the copy list.
                            bulk->setAccounts(all);
                            bulk->setRegions(all);
                        }
                        settle();
                        fit.window(d);
                    }
                    // The share dialog with accounts to check: one allowed, one not, one unknown.
                    if (auto *share = qobject_cast<ui::ShareDialog *>(d)) {
                        share->setAccounts({QStringLiteral("200010000001"),
                                            QStringLiteral("100038472901"),
                                            QStringLiteral("999999999999")});
                        settle();
                        fit.window(d);
                    }
                    d->close();
                    delete d;
                }
            }
            QVERIFY2(opened > 0, qPrintable(dialog));
            w->console().markSaved();
        });
    }

    // The dialogs for more than one image.
    void manyImagesFit_data() { languages_data(); }
    void manyImagesFit()
    {
        QFETCH(QString, language);
        check(language, [](FitCheck &fit) {
            auto w = makeWindow();
            w->resize(kScreenWidth, kScreenHeight);
            const QStringList mine = imagesFor(QStringLiteral("delete"), *w);
            QVERIFY(mine.size() > 3);
            w->selectImages(mine);
            settle();
            fit.window(w.get());
            QDialog *d = w->openDialog(QStringLiteral("delete"));
            QVERIFY(d);
            settle();
            fit.window(d);
            d->close();
            delete d;
            w->console().markSaved();
        });
    }

    void importDescribeFits_data() { languages_data(); }
    void importDescribeFits()
    {
        QFETCH(QString, language);
        check(language, [this](FitCheck &fit) {
            auto w = makeWindow();
            ui::ImportDescribeImagesDialog d(w->console(),
                                             m_dir.filePath(QStringLiteral("none.json")), w.get());
            d.show();
            settle();
            fit.window(&d);
            w->console().markSaved();
        });
    }

    // File → Connect to cloud…, with each source of keys and a custom endpoint.
    void cloudConnectFits_data() { languages_data(); }
    void cloudConnectFits()
    {
        QFETCH(QString, language);
        check(language, [](FitCheck &fit) {
            auto w = makeWindow();
            ui::CloudConnection c;
            c.endpoint = QStringLiteral("http://127.0.0.1:9000");
            for (const auto kind : {cloud::CredentialSource::Kind::File,
                                    cloud::CredentialSource::Kind::Environment,
                                    cloud::CredentialSource::Kind::Profile}) {
                c.source.kind = kind;
                ui::CloudConnectDialog d(c, w.get());
                d.show();
                settle();
                fit.window(&d);
            }
            w->console().markSaved();
        });
    }

    // The checks can fail: a label too narrow for its text, a window wider than the screen.
    void theCheckFindsWhatIsCut()
    {
        QWidget window;
        window.resize(300, 200);
        auto *label =
            new QLabel(QStringLiteral("A text much longer than the label it is in"), &window);
        label->setGeometry(10, 10, 60, 30);
        auto *box = new QCheckBox(QStringLiteral("A check box text that is cut"), &window);
        box->setGeometry(10, 50, 60, 30);
        window.show();
        settle();
        FitCheck fit(QStringLiteral("en"));
        fit.window(&window);
        QCOMPARE(fit.problems().size(), 2);
        QVERIFY(fit.problems().at(0).contains(QStringLiteral("A text much longer")));

        // A cell narrower than its text, an item wider than its list, a header cut.
        QWidget views;
        views.resize(400, 300);
        auto *table = new QTableWidget(3, 2, &views);
        table->setGeometry(0, 0, 200, 150);
        table->setHorizontalHeaderLabels({QStringLiteral("A very long header"), QStringLiteral("B")});
        table->setColumnWidth(0, 40);
        table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("A cell text far too long")));
        auto *list = new QListWidget(&views);
        list->setGeometry(200, 0, 100, 150);
        list->addItem(QStringLiteral("An item much wider than its list"));
        views.show();
        settle();
        FitCheck cells(QStringLiteral("en"));
        cells.window(&views);
        const QString found = cells.problems().join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QStringLiteral("\"A cell text far too long\" — cell (0, 1)")),
                 qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("\"A very long header\" — column 0")),
                 qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("wider than its list")), qPrintable(found));

        QWidget wide;
        wide.setMinimumWidth(kScreenWidth + 100);
        wide.show();
        settle();
        FitCheck screen(QStringLiteral("id"));
        screen.window(&wide);
        QVERIFY(!screen.problems().isEmpty());
        QVERIFY(screen.problems().first().contains(QStringLiteral("larger than the 1280×800")));
    }
};

// The offscreen platform with one screen of 1280×800 at 96 dpi, as on an operator's laptop.
int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1,
                                   "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96,
                                   "dpr": 1}]})")
                    .arg(kScreenWidth)
                    .arg(kScreenHeight)
                    .toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fit.moc"
