#pragma once

#include "core/drive/savewatch.h"
#include "widgets/editor/textfileformat.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class CommandRunner;
class EditorView;
class QLabel;
class QPushButton;

// One object open in the Drive pane's editor: the text (byte-exact unless edited), GB BASIC
// highlighting, lint as margin warnings while typing, block matching, save through saveObject()
// with an ETag conflict check, then the DriveMonitor confirmation (SaveWatch) shown live in the
// tab's banner, a compile failure marked at its line.
class DriveEditorTab : public QWidget
{
    Q_OBJECT
public:
    DriveEditorTab(CommandRunner* runner, const QString& bucket, const QString& key, const QByteArray& bytes,
        const QString& etag, QWidget* parent = nullptr);
    ~DriveEditorTab() override;

    QString bucket() const { return m_bucket; }
    QString key() const { return m_key; }
    QString title() const;
    bool isModified() const;
    EditorView* view() const { return m_view; }
    QString bannerText() const;
    SaveWatch* saveWatch() const { return m_watch; }

    void save();
    void lintNow();

Q_SIGNALS:
    void titleChanged();
    void saved();

private:
    void showBanner(const QString& text, bool error);
    void onWatchStage(SaveWatch::Stage stage, const QString& message);
    void upload(const QByteArray& bytes);

    CommandRunner* m_runner;
    QString m_bucket;
    QString m_key;
    QString m_etag; // of the version in the editor (conflict check)
    TextFileFormat m_format;
    EditorView* m_view;
    QLabel* m_banner;
    QPushButton* m_jumpButton;
    QTimer m_lintTimer;
    QPointer<SaveWatch> m_watch;
    bool m_saving = false;
};
