#pragma once

#include "core/host/hostconnection.h"
#include "core/host/hostprompts.h"
#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/settings/appsettings.h"
#include "support/fakecommandrunner.h"
#include "widgets/common/pane.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// Records every operation it is asked to confirm and answers with `answer` (nullopt: declined).
class RecordingConfirmer : public OperationConfirmer
{
public:
    RecordingConfirmer(QList<Operation>* asked, std::optional<QString>* answer)
        : m_asked(asked)
        , m_answer(answer)
    { }
    std::optional<QString> confirm(const Operation& operation, const HostProfile&) override
    {
        m_asked->append(operation);
        return *m_answer;
    }

private:
    QList<Operation>* m_asked;
    std::optional<QString>* m_answer;
};

// A pane's world for widget tests: temp settings, an open journal, a host context whose commands go
// to `fake`, and a confirmer that records what it was asked (declining unless told otherwise).
struct PaneHarness
{
    QTemporaryDir dir;
    AppSettings settings { dir.filePath(QStringLiteral("settings.conf")) };
    Journal journal;
    HostConnection host { &journal };
    FakeCommandRunner fake;
    QList<Operation> asked;
    std::optional<QString> answer; // what the confirmer returns: nullopt declines

    PaneHarness()
    {
        [this] { QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok()); }();
        host.setConfirmer(std::make_unique<RecordingConfirmer>(&asked, &answer));
        // A known, non-PROD environment: hosts of unknown environment need the typed name (fail closed).
        setProfile(QStringLiteral("test"), Environment::Stage);
    }
    void attach(Pane* pane) { pane->attach(&host, &settings); }
    void connect(CommandRunner* runner = nullptr) { host.useRunner(runner ? runner : &fake); }
    void disconnect() { host.useRunner(nullptr); }
    void setProfile(const QString& name, Environment environment)
    {
        HostProfile p;
        p.name = name;
        p.host = QStringLiteral("10.0.2.5");
        p.environment = environment;
        host.setProfile(p);
    }
};
