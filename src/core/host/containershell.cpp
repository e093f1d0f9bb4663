#include "core/host/containershell.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace {

// The shell's loop. Its arguments are the scripts (s1, s2, ...). A request is a line "K N" (script
// K, N arguments) and N lines, one argument each; the answer is a line "GBX EXIT OUTLEN ERRLEN" and
// the script's stdout and stderr, kept in two private temporary files meanwhile so their lengths
// are known before the first byte goes out. Each script runs in a subshell with its arguments as
// $1..., so its `exit` and its variables end with it. End of input ends the loop.
const char* loopScript = "umask 077; gbx_o=$(mktemp /tmp/gbadmin-shell.XXXXXX) && "
                         "gbx_e=$(mktemp /tmp/gbadmin-shell.XXXXXX) || exit 1\n"
                         "trap 'rm -f -- \"$gbx_o\" \"$gbx_e\"' EXIT; trap 'exit 1' HUP INT TERM PIPE\n"
                         "gbx_n=0; for gbx_b do gbx_n=$((gbx_n + 1)); eval \"gbx_s$gbx_n=\\$gbx_b\"; done\n"
                         "echo 'GBX ready'\n"
                         "while IFS=' ' read -r gbx_k gbx_c; do\n"
                         "  case $gbx_k:$gbx_c in *[!0-9:]* | :* | *:) exit 2 ;; esac\n"
                         "  [ \"$gbx_k\" -ge 1 ] && [ \"$gbx_k\" -le \"$gbx_n\" ] || exit 2\n"
                         "  set --\n"
                         "  while [ \"$gbx_c\" -gt 0 ]; do IFS= read -r gbx_a || exit 0; set -- \"$@\" \"$gbx_a\"; "
                         "gbx_c=$((gbx_c - 1)); done\n"
                         "  eval \"gbx_b=\\$gbx_s$gbx_k\"\n"
                         "  (eval \"$gbx_b\") </dev/null >\"$gbx_o\" 2>\"$gbx_e\"; gbx_r=$?\n"
                         "  set -- $(stat -c %s -- \"$gbx_o\" \"$gbx_e\")\n"
                         "  echo \"GBX $gbx_r $1 $2\"; cat -- \"$gbx_o\" \"$gbx_e\"\n"
                         "done";

constexpr qsizetype kMaxHeader = 80; // "GBX 255 <len> <len>" with room to spare
constexpr int kStallMs = 60000; // a request the shell does not answer in time moves to one-shot
constexpr int kDefaultIdleMs = 5 * 60 * 1000;

} // namespace

// A request's job: answered by the shell, or by the one-shot command it fell back to.
class ContainerShell::Job : public CommandJob
{
public:
    using CommandJob::CommandJob;

    void cancel() override
    {
        if (m_inner) {
            m_inner->cancel(); // its finished() follows and is forwarded
            return;
        }
        CommandResult r;
        r.status = CommandResult::Status::Cancelled;
        r.error = QCoreApplication::translate("ContainerShell", "Cancelled.");
        deliver(r); // the shell's answer, when it comes, is dropped
    }
    void deliver(const CommandResult& r)
    {
        if (m_done)
            return;
        m_done = true;
        if (!r.stdoutData.isEmpty())
            Q_EMIT outputReceived(r.stdoutData, false);
        if (!r.stderrData.isEmpty())
            Q_EMIT outputReceived(r.stderrData, true);
        Q_EMIT finished(r);
    }
    bool isDone() const { return m_done; }

    QPointer<CommandJob> m_inner;
    QElapsedTimer m_clock;

private:
    bool m_done = false;
};

ContainerShell::ContainerShell(
    CommandRunner* runner, const QString& container, const QList<Script>& scripts, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_container(container)
    , m_scripts(scripts)
    , m_idle(new QTimer(this))
    , m_stall(new QTimer(this))
{
    m_stall->setSingleShot(true);
    m_stall->setInterval(kStallMs);
    connect(m_stall, &QTimer::timeout, this, &ContainerShell::stop); // its requests go one-shot
    m_idle->setSingleShot(true);
    m_idle->setInterval(kDefaultIdleMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_pending.isEmpty() && m_shell)
            m_shell->closeStdin(); // the loop reads end of input and exits
    });
}

ContainerShell::~ContainerShell()
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending& p : pending) {
        if (p.job) {
            CommandResult r;
            r.status = CommandResult::Status::Cancelled;
            r.error = QCoreApplication::translate("ContainerShell", "Cancelled.");
            p.job->deliver(r);
        }
    }
    if (m_shell) {
        disconnect(m_shell, nullptr, this, nullptr);
        m_shell->cancel();
    }
}

void ContainerShell::setIdleTimeout(int ms)
{
    m_idle->setInterval(qMax(0, ms));
}

int ContainerShell::indexOf(const QString& script) const
{
    for (qsizetype i = 0; i < m_scripts.size(); ++i)
        if (m_scripts[i].name == script)
            return int(i);
    return -1;
}

RemoteCommand ContainerShell::oneShot(
    const QString& container, const QString& text, const QStringList& args, const QString& description)
{
    RemoteCommand c = RemoteCommand::of(
        QStringList { QStringLiteral("incus"), QStringLiteral("exec"), container, QStringLiteral("--"),
            QStringLiteral("sh"), QStringLiteral("-c"), text, QStringLiteral("sh") }
        + args);
    c.sudo = true;
    c.timeoutMs = 120000;
    c.description = description;
    return c;
}

void ContainerShell::start()
{
    if (m_broken || m_state != State::Stopped || m_scripts.isEmpty())
        return;
    QStringList argv { QStringLiteral("incus"), QStringLiteral("exec"), m_container, QStringLiteral("--"),
        QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(loopScript), QStringLiteral("sh") };
    for (const Script& s : std::as_const(m_scripts))
        argv << s.text;
    RemoteCommand c = RemoteCommand::of(argv);
    c.sudo = true;
    c.keepStdinOpen = true;
    c.output = RemoteCommand::Output::Stream;
    c.description = QCoreApplication::translate("ContainerShell", "Keep a reader open in %1").arg(m_container);
    m_state = State::Starting;
    m_buffer.clear();
    m_shell = m_runner->run(c, this);
    connect(m_shell, &CommandJob::outputReceived, this, &ContainerShell::onOutput);
    connect(m_shell, &CommandJob::finished, this, &ContainerShell::onShellFinished);
}

CommandJob* ContainerShell::run(
    const QString& script, const QStringList& args, const QString& description, QObject* parent)
{
    auto* job = new Job(parent);
    job->m_clock.start();
    const int k = indexOf(script);
    bool framable = k >= 0 && !m_broken;
    QByteArray request = QByteArray::number(k + 1) + ' ' + QByteArray::number(args.size()) + '\n';
    for (const QString& a : args) {
        if (a.contains(u'\n')) // one argument per line: this one cannot travel so
            framable = false;
        request += a.toUtf8() + '\n';
    }
    if (!framable) {
        // Posted, so the caller connects to the job before it can finish (a runner may be that quick).
        QMetaObject::invokeMethod(
            this,
            [this, job = QPointer<Job>(job), k, args, description] {
                if (job)
                    runOneShot(job, k, args, description);
            },
            Qt::QueuedConnection);
        return job;
    }
    start();
    m_idle->stop();
    m_pending.append({ job, k, args, description });
    if (m_pending.size() == 1)
        m_stall->start();
    m_shell->writeStdin(request);
    return job;
}

void ContainerShell::runOneShot(Job* job, int script, const QStringList& args, const QString& description)
{
    ++m_viaOneShot;
    const QString text = script >= 0 ? m_scripts[script].text : QStringLiteral("exit 127");
    CommandJob* inner = m_runner->run(oneShot(m_container, text, args, description), job);
    job->m_inner = inner;
    connect(inner, &CommandJob::finished, job, [job](const CommandResult& r) { job->deliver(r); });
}

void ContainerShell::onOutput(const QByteArray& data, bool isStderr)
{
    if (isStderr)
        return; // sudo's and incus's own words; a request's stderr comes framed on stdout
    m_buffer += data;
    while (!m_buffer.isEmpty()) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0) {
            if (m_buffer.size() > kMaxHeader)
                broke();
            return;
        }
        const QList<QByteArray> words = m_buffer.left(nl).split(' ');
        if (m_state == State::Starting) {
            if (m_buffer.left(nl) != "GBX ready") {
                broke();
                return;
            }
            m_buffer.remove(0, nl + 1);
            m_state = State::Ready;
            Q_EMIT readyChanged(true);
            continue;
        }
        qint64 v[3] = { -1, -1, -1 };
        bool ok = words.size() == 4 && words[0] == "GBX";
        for (int i = 0; ok && i < 3; ++i)
            v[i] = words[i + 1].toLongLong(&ok);
        if (!ok || v[0] < 0 || v[1] < 0 || v[2] < 0 || m_pending.isEmpty()) {
            broke();
            return;
        }
        if (m_buffer.size() < nl + 1 + v[1] + v[2])
            return; // the rest of this answer is on its way
        const Pending p = m_pending.takeFirst();
        CommandResult r;
        r.status = CommandResult::Status::Exited;
        r.exitCode = int(v[0]);
        r.stdoutData = m_buffer.mid(nl + 1, v[1]);
        r.stderrData = m_buffer.mid(nl + 1 + v[1], v[2]);
        m_buffer.remove(0, nl + 1 + v[1] + v[2]);
        ++m_viaShell;
        if (p.job) {
            r.elapsedMs = p.job->m_clock.elapsed();
            p.job->deliver(r);
        }
        m_stall->start();
    }
    if (m_pending.isEmpty()) {
        m_stall->stop();
        if (m_idle->interval() > 0)
            m_idle->start();
    }
}

void ContainerShell::onShellFinished(const CommandResult& result)
{
    const bool wasReady = m_state == State::Ready;
    // Ended before it greeted, with an answer from the host (sudo refused, no such container, no
    // shell): it will not work the next time either. A lost connection may come back.
    if (!wasReady && result.status == CommandResult::Status::Exited)
        m_broken = true;
    stop();
}

void ContainerShell::broke()
{
    m_broken = true;
    stop();
}

void ContainerShell::stop()
{
    const bool wasReady = m_state == State::Ready;
    m_state = State::Stopped;
    m_idle->stop();
    m_stall->stop();
    m_buffer.clear();
    if (m_shell) {
        disconnect(m_shell, nullptr, this, nullptr);
        m_shell->cancel();
        m_shell->deleteLater();
        m_shell = nullptr;
    }
    if (wasReady)
        Q_EMIT readyChanged(false);
    // What the shell did not answer runs as one-shot commands; their jobs finish as usual.
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending& p : pending)
        if (p.job && !p.job->isDone())
            runOneShot(p.job, p.script, p.args, p.description);
}
