#pragma once

#include "core/host/commandrunner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

// What the host did with a version of a bot file after it was uploaded (spec §4.1), followed live:
// uploaded → seen by DriveMonitor (the drive_files row carries the new ETag) → compiled (.bas: a
// new .ast in the work dir or DriveCompiler's "compiled successfully" line) or failed (DriveCompiler's
// "Failed to compile …" line from err.log, with the line number) — or skipped after 5 failures, or
// nothing within the limit (then say what to check). Other files end at "indexed". Polls with
// backoff over the host's CommandRunner and stops when finished, stopped or destroyed. Shared by the
// Drive editor (.bas, and config.csv opened there); the Bots pane follows config.csv further, into
// bot_configuration (ConfigApplyFollower).
class SaveWatch : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Uploaded,
        Seen,
        Compiled, // .bas compiled (final)
        Indexed, // other files: DriveMonitor processed them (final)
        Failed, // the compiler rejected the script (final)
        Skipped, // DriveMonitor skips the file after 5 failures (final)
        TimedOut, // nothing within the limit (final)
        Error, // the host could not be asked (final)
    };
    Q_ENUM(Stage)

    struct Target
    {
        QString bot; // "mybot" (bucket mybot.gbai)
        QString key; // within the bucket: "mybot.gbdialog/start.bas"
        QString etag; // of the uploaded version, without quotes
        int timeoutSeconds = 60;
        QString workRoot = QStringLiteral("/opt/gbo/work");
        QString logDir = QStringLiteral("/opt/gbo/logs");
        // SHA-256 (hex) of the uploaded bytes: a compile that happened before the watch started
        // is recognised by the work copy holding them (empty: only newer log records count).
        QByteArray sha256 {};
    };

    SaveWatch(CommandRunner* runner, Target target, QObject* parent = nullptr);
    ~SaveWatch() override;

    void start();
    void stop();

    Stage stage() const { return m_stage; }
    bool isFinal() const { return m_stage >= Stage::Compiled; }
    QString message() const { return m_message; } // a sentence for the banner
    int errorLine() const { return m_errorLine; } // Failed: 1-based line of the compiler error, 0 if none
    QString compilerError() const { return m_compilerError; } // Failed: the error text after "path: "
    const Target& target() const { return m_target; }

    bool isScript() const { return m_target.key.endsWith(QLatin1String(".bas"), Qt::CaseInsensitive); }
    QString drivePath() const; // drive_files.file_path: "{bot}.gbai/{key}"
    QString workBasPath() const; // the .bas copy in the system container's work dir
    QString astPath() const;

    // Parses "(line N)" out of a compiler error; 0 when absent.
    static int lineOfError(const QString& error);
    // Botserver's compact log (spec §4.3): continuation lines (25 spaces) joined to their record.
    static QStringList joinLogRecords(const QByteArray& text);

Q_SIGNALS:
    void stageChanged(SaveWatch::Stage stage, const QString& message);

private:
    void baseline();
    void poll();
    void schedule();
    void setStage(Stage stage, const QString& message);
    void handlePoll(const CommandResult& db, const CommandResult& files);

    CommandRunner* m_runner;
    Target m_target;
    Stage m_stage = Stage::Uploaded;
    QString m_message;
    int m_errorLine = 0;
    QString m_compilerError;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_delayMs = 500;
    qint64 m_hostStart = 0; // host clock (s) when watching began
    qint64 m_errOffset = 0; // err.log/out.log sizes then: only newer records count
    qint64 m_outOffset = 0;
    QList<QPointer<CommandJob>> m_jobs;
    bool m_running = false;
};
