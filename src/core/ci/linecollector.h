#pragma once

#include "core/ci/logsource.h"

#include <QByteArray>
#include <QList>
#include <QPointer>

namespace Ci {

class RemoteTaskLog;

// Gathers the text of lines [first, first + count) from any LogSource, waiting for what a remote
// source still fetches or a local one still indexes; done() carries the rows once all are here.
class LineCollector : public QObject
{
    Q_OBJECT
public:
    LineCollector(LogSource* source, qint64 first, qint64 count, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void done(const QList<QByteArray>& rows);

private:
    void check();

    QPointer<LogSource> m_source;
    qint64 m_first;
    qint64 m_count;
    bool m_finished = false;
};

} // namespace Ci
