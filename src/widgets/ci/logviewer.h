#pragma once

#include "core/ci/stepmap.h"
#include "widgets/ci/logviewsearch.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class LogView;

namespace Ci {
class LogSearch;
class LogSource;
} // namespace Ci

namespace Ui {
class LogViewer;
}

// The CI log viewer the CI pane embeds: a toolbar (search with regex/case options, previous/next
// match, first error, timestamps, follow, fold/unfold all), the LogView and a status line.
class LogViewer : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewer(QWidget* parent = nullptr);
    ~LogViewer() override;

    // Not owned. A Ci::TaskLog is searched by the engine's Ci::LogSearch (worker threads, whole
    // raw lines like grep); other sources by LogViewSearch. Reset the source (nullptr) before
    // deleting it: a running engine search reads from it.
    void setSource(Ci::LogSource* source);
    void setSteps(const QList<Ci::UiStep>& steps);
    LogView* view() const;

    // Runs a search as if typed into the search field.
    void search(const QString& text, bool regex = false, bool caseSensitive = false);
    bool isSearching() const;
    QString statusText() const;

Q_SIGNALS:
    // A search was typed while the source is a remote log that only has some of its frames here:
    // the owner fetches the whole log (and sets a searchable source); the search runs then.
    void searchNeedsWholeLog(const QString& text);

private:
    void startSearch();
    void onMatchesFound(const QList<qint64>& lines);
    void updateStatus();

    std::unique_ptr<Ui::LogViewer> m_ui;
    // A TaskLog is searched by the engine (worker threads over the decoded text, raw lines like
    // grep); any other LogSource by the time-sliced LogViewSearch over the shown text.
    std::unique_ptr<Ci::LogSearch> m_engineSearch;
    LogViewSearch m_search;
    QTimer m_searchDelay;
    QString m_lastQuery;
    QString m_sourceProblem;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = -1;
    bool m_jumpToFirstMatch = false;
    bool m_invalidPattern = false;
};
