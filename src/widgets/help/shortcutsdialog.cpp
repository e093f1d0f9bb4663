#include "widgets/help/shortcutsdialog.h"

#include <QAction>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>

#include "ui_shortcutsdialog.h"

namespace {

// "&Connect…" -> "Connect" ("&&" stays one "&").
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

// The title of the tab that holds `object`, if any.
QString tabTitleOf(const QObject* object)
{
    for (const QObject* o = object; o; o = o->parent()) {
        const auto* w = qobject_cast<const QWidget*>(o);
        if (!w || !w->parentWidget())
            continue;
        const auto* stack = qobject_cast<const QStackedWidget*>(w->parentWidget());
        const auto* tabs = stack ? qobject_cast<const QTabWidget*>(stack->parentWidget()) : nullptr;
        if (tabs) {
            const int index = tabs->indexOf(const_cast<QWidget*>(w));
            if (index >= 0)
                return plainText(tabs->tabText(index));
        }
    }
    return {};
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window)
    : QDialog(window)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
    , m_entries(collect(window))
{
    m_ui->setupUi(this);
    m_ui->tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->tree->header()->setStretchLastSection(false);
    connect(m_ui->filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    fill();
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutEntry> ShortcutsDialog::collect(const QWidget* root)
{
    QList<ShortcutEntry> list;
    const auto add = [&list](const ShortcutEntry& entry) {
        if (!list.contains(entry))
            list.append(entry);
    };
    const QList<QAction*> actions = root->findChildren<QAction*>();
    for (const QAction* action : actions) {
        if (action->shortcuts().isEmpty() || action->isSeparator() || action->text().isEmpty())
            continue;
        QString group;
        const QList<QObject*> owners = action->associatedObjects();
        for (const QObject* owner : owners) {
            if (const auto* menu = qobject_cast<const QMenu*>(owner)) {
                group = plainText(menu->title());
                break;
            }
        }
        if (group.isEmpty())
            group = tabTitleOf(action);
        if (group.isEmpty())
            group = tr("Window");
        QStringList keys;
        const QList<QKeySequence> sequences = action->shortcuts();
        for (const QKeySequence& key : sequences)
            keys << key.toString(QKeySequence::NativeText);
        add({ group, plainText(action->text()), keys.join(QStringLiteral(", ")) });
    }
    // The CI log viewer is a window of its own, opened from the CI tab; its keys (LogViewer and
    // LogView) are listed here so that they can be found before one is open.
    const QString logViewer = tr("CI log viewer");
    const auto native = [](const QKeySequence& key) { return key.toString(QKeySequence::NativeText); };
    add({ logViewer, tr("Find"), native(QKeySequence::Find) });
    add({ logViewer, tr("Next match"), native(QKeySequence(Qt::Key_F3)) });
    add({ logViewer, tr("Previous match"), native(QKeySequence(Qt::SHIFT | Qt::Key_F3)) });
    add({ logViewer, tr("Copy the selected lines"), native(QKeySequence::Copy) });
    return list;
}

void ShortcutsDialog::fill()
{
    m_ui->tree->clear();
    QHash<QString, QTreeWidgetItem*> groups;
    for (const ShortcutEntry& entry : std::as_const(m_entries)) {
        QTreeWidgetItem*& groupItem = groups[entry.group];
        if (!groupItem) {
            groupItem = new QTreeWidgetItem(m_ui->tree, { entry.group });
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(groupItem, { entry.action, entry.keys });
    }
    m_ui->tree->expandAll();
}

int ShortcutsDialog::setFilter(const QString& text)
{
    int shown = 0;
    for (int g = 0; g < m_ui->tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_ui->tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(text, Qt::CaseInsensitive);
        int shownInGroup = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = groupMatches || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shownInGroup += match ? 1 : 0;
        }
        group->setHidden(shownInGroup == 0);
        shown += shownInGroup;
    }
    return shown;
}
