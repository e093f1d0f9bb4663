#include "core/ssh/credentialstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QPointer>

namespace {
QString describe(QKeychain::Job* job)
{
    return QCoreApplication::translate("CredentialStore", "The keyring could not be used: %1").arg(job->errorString());
}
} // namespace

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(Kind kind, const QString& scope)
{
    switch (kind) {
    case Kind::SshPassword:
        return QStringLiteral("ssh-password/") + scope;
    case Kind::KeyPassphrase:
        return QStringLiteral("key-passphrase/") + scope;
    case Kind::SudoPassword:
        return QStringLiteral("sudo-password/") + scope;
    }
    return scope;
}

void CredentialStore::read(const QString& key, QObject* context, std::function<void(Result<QString>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() == QKeychain::EntryNotFound)
            done(Error::of(QCoreApplication::translate("CredentialStore", "No stored secret."), 1));
        else if (job->error() != QKeychain::NoError)
            done(Error::of(describe(job), 2));
        else
            done(job->textData());
    });
    job->start();
}

void CredentialStore::write(
    const QString& key, const QString& secret, QObject* context, std::function<void(Result<>)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError)
            done(Error::of(describe(job), 2));
        else
            done(Result<>());
    });
    job->start();
}

void CredentialStore::remove(const QString& key, QObject* context, std::function<void(Result<>)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            done(Error::of(describe(job), 2));
        else
            done(Result<>());
    });
    job->start();
}

Result<QString> CredentialStore::readSync(const QString& key)
{
    QEventLoop loop;
    std::optional<Result<QString>> out;
    read(key, this, [&](Result<QString> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

Result<> CredentialStore::writeSync(const QString& key, const QString& secret)
{
    QEventLoop loop;
    std::optional<Result<>> out;
    write(key, secret, this, [&](Result<> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

Result<> CredentialStore::removeSync(const QString& key)
{
    QEventLoop loop;
    std::optional<Result<>> out;
    remove(key, this, [&](Result<> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}
