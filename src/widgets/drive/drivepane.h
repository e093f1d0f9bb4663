#pragma once

#include "core/drive/mcjsonstream.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class DrivePane;
}
class CommandJob;
class CommandRunner;
class DriveEditorTab;
class DriveModel;
class QSortFilterProxyModel;
class QTreeWidgetItem;

// The Drive tab: MinIO buckets and prefixes as a lazy tree, the objects of the selected prefix in a
// sortable, filterable table filled while `mc ls --json` streams (count and cancel), and editor tabs
// for .bas/config.csv/.gbot/.md/.txt/.json objects (several at once; unsaved mark; closing asks).
// Until the pane contract lands on main it takes the host's CommandRunner directly (setRunner).
class DrivePane : public QWidget
{
    Q_OBJECT
public:
    explicit DrivePane(QWidget* parent = nullptr);
    ~DrivePane() override;

    QString title() const { return tr("Drive"); }
    void setRunner(CommandRunner* runner); // (re)lists the buckets

    // Answer to "save changes?" on close: Save, Discard or Cancel. Replaceable for tests.
    enum class UnsavedAnswer
    {
        Save,
        Discard,
        Cancel,
    };
    std::function<UnsavedAnswer(const QString& name)> askUnsaved;

    DriveModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    int editorCount() const;
    DriveEditorTab* editorAt(int index) const;
    bool isListing() const { return m_listJob; }
    QString countText() const;

    void listPrefix(const QString& bucket, const QString& prefix);
    void openObject(const QString& bucket, const QString& key);
    bool closeEditor(int index); // false when the user cancelled
    static bool isEditable(const QString& key);

Q_SIGNALS:
    void listingFinished();
    void editorOpened(DriveEditorTab* tab);

private:
    void listBuckets();
    void expandItem(QTreeWidgetItem* item);
    void showError(const QString& text);
    void cancelListing();
    void updateCount();

    std::unique_ptr<Ui::DrivePane> m_ui;
    CommandRunner* m_runner = nullptr;
    DriveModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPointer<CommandJob> m_listJob;
    McJsonStream m_stream;
    QStringList m_listErrors;
};
