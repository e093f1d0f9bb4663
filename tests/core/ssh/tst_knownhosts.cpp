// KnownHosts: every file, every marker, long and broken lines. A host with ANY entry is never a
// first contact.

#include "core/ssh/knownhosts.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray sshString(const QByteArray& s)
{
    const quint32 n = quint32(s.size());
    const char len[4] = { char(n >> 24), char(n >> 16), char(n >> 8), char(n) };
    return QByteArray(len, 4) + s;
}
// An ed25519 public key blob with 32 bytes derived from `seed`.
QByteArray key(char seed)
{
    return sshString("ssh-ed25519") + sshString(QByteArray(32, seed));
}
QByteArray line(const QByteArray& names, const QByteArray& blob, const QByteArray& marker = {})
{
    return (marker.isEmpty() ? QByteArray() : marker + ' ') + names + " ssh-ed25519 " + blob.toBase64() + '\n';
}
} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    const QByteArray m_key = key('k');
    const QString m_type = QStringLiteral("ssh-ed25519");

    QString file(const QByteArray& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("kh%1").arg(++m_n));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }
    KnownHosts::Result check(const QStringList& files, int port = 2222)
    {
        return KnownHosts::check(files, QStringLiteral("10.0.2.5"), port, m_type, m_key);
    }

private Q_SLOTS:
    void plainMatchAndFirstContact()
    {
        QCOMPARE(check({ file(line("[10.0.2.5]:2222", m_key)) }).verdict, KnownHosts::Verdict::Known);
        QCOMPARE(check({ file(line("10.0.2.5", m_key)) }, 22).verdict, KnownHosts::Verdict::Known);
        QCOMPARE(check({ file(line("[10.0.2.6]:2222", m_key)) }).verdict, KnownHosts::Verdict::Unknown);
        QCOMPARE(check({ m_dir.filePath(QStringLiteral("missing")) }).verdict, KnownHosts::Verdict::Unknown);
        // Negation: the pattern excludes this host.
        QCOMPARE(
            check({ file(line("![10.0.2.5]:2222,[10.0.2.*]:2222", m_key)) }).verdict, KnownHosts::Verdict::Unknown);
    }

    void changedKeyNamesTheLine()
    {
        const QString f = file("# comment\n" + line("[10.0.2.5]:2222", key('x')));
        const auto r = check({ f });
        QCOMPARE(r.verdict, KnownHosts::Verdict::Changed);
        QCOMPARE(r.file, f);
        QCOMPARE(r.line, 2);
    }

    void revokedIsAHardStopEvenBesideAGoodEntry()
    {
        const QString f = file(line("[10.0.2.5]:2222", m_key) + line("*", m_key, "@revoked"));
        const auto r = check({ f });
        QCOMPARE(r.verdict, KnownHosts::Verdict::Revoked);
        QCOMPARE(r.line, 2);
    }

    void entriesThatCannotBeUsedAreNeverAFirstContact_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("revoked other key") << line("[10.0.2.5]:2222", key('o'), "@revoked");
        QTest::newRow("cert-authority") << line("[10.0.2.*]:2222", key('c'), "@cert-authority");
        QTest::newRow("unknown marker") << line("[10.0.2.5]:2222", m_key, "@future");
        QTest::newRow("bad base64") << QByteArray("[10.0.2.5]:2222 ssh-ed25519 AAAA%%%notbase64\n");
        QTest::newRow("blob of another type") << QByteArray("[10.0.2.5]:2222 ssh-ed25519 ")
                + QByteArray(sshString("ssh-rsa") + QByteArray(20, 'r')).toBase64() + '\n';
        QTest::newRow("no key") << QByteArray("[10.0.2.5]:2222 ssh-ed25519\n");
    }

    void entriesThatCannotBeUsedAreNeverAFirstContact()
    {
        QFETCH(QByteArray, content);
        const QString f = file("# first\n" + content);
        const auto r = check({ f });
        QCOMPARE(r.verdict, KnownHosts::Verdict::Unusable);
        QCOMPARE(r.line, 2);
        QCOMPARE(r.file, f);
        QVERIFY(!r.reason.isEmpty());
    }

    // libssh reads known_hosts lines into a fixed buffer; a longer line is still one entry here.
    void longLinesAreRead()
    {
        const QByteArray comment(20000, 'c');
        QString f = file(line("[10.0.2.5]:2222", m_key).chopped(1) + ' ' + comment + '\n');
        QCOMPARE(check({ f }).verdict, KnownHosts::Verdict::Known);
        f = file(line("[10.0.2.5]:2222", key('z')).chopped(1) + ' ' + comment + '\n');
        QCOMPARE(check({ f }).verdict, KnownHosts::Verdict::Changed);
    }

    void hashedNames()
    {
        const QByteArray salt(20, 's');
        const QByteArray hash = QMessageAuthenticationCode::hash("[10.0.2.5]:2222", salt, QCryptographicHash::Sha1);
        const QByteArray name = "|1|" + salt.toBase64() + '|' + hash.toBase64();
        QCOMPARE(check({ file(line(name, m_key)) }).verdict, KnownHosts::Verdict::Known);
        QCOMPARE(check({ file(line(name, key('q'))) }).verdict, KnownHosts::Verdict::Changed);
    }

    void everyUserAndGlobalFileIsRead()
    {
        const QString empty = file("");
        const QString second = file(line("[10.0.2.5]:2222", m_key));
        QCOMPARE(
            check({ empty, m_dir.filePath(QStringLiteral("missing")), second }).verdict, KnownHosts::Verdict::Known);
        // A revocation in the global file wins over the user's entry.
        const QString global = file(line("[10.0.2.5]:2222", m_key, "@revoked"));
        QCOMPARE(check({ second, global }).verdict, KnownHosts::Verdict::Revoked);
        // Another key type only: asked about, not a first contact either.
        const QString other = file("[10.0.2.5]:2222 ecdsa-sha2-nistp256 "
            + QByteArray(sshString("ecdsa-sha2-nistp256") + QByteArray(40, 'e')).toBase64() + '\n');
        QCOMPARE(check({ other }).verdict, KnownHosts::Verdict::OtherType);
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
