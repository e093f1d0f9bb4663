#include "core/bots/configcsv.h"
#include "core/bots/configkeys.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ConfigCsv;
using Code = Diagnostic::Code;

namespace {
QList<Code> codes(const QList<Diagnostic>& ds, int line = -1)
{
    QList<Code> out;
    for (const Diagnostic& d : ds) {
        if (line < 0 || d.line == line)
            out << d.code;
    }
    return out;
}

const Diagnostic* find(const QList<Diagnostic>& ds, Code code)
{
    for (const Diagnostic& d : ds) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

QStringList pairs(const QList<Setting>& settings)
{
    QStringList out;
    for (const Setting& s : settings)
        out << s.key + QLatin1Char('=') + s.value;
    return out;
}
} // namespace

class TstConfigCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsByteExact_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only newline") << QByteArray("\n");
        QTest::newRow("lf") << QByteArray("name,value\nllm-model,gpt\n");
        QTest::newRow("crlf") << QByteArray("name,value\r\nllm-model,gpt\r\n");
        QTest::newRow("mixed") << QByteArray("name,value\r\nllm-model,gpt\n# c\r\n\n\n");
        QTest::newRow("no final newline") << QByteArray("name,value\nllm-model,gpt");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFname,value\nx,y\n");
        QTest::newRow("lone cr") << QByteArray("a,b\rc,d\n");
        QTest::newRow("not utf8") << QByteArray("name,value\nk,\xFF\xFE\n");
        QTest::newRow("cr at end") << QByteArray("a,b\r");
        QTest::newRow("spaces") << QByteArray("  a , b  \n\t#x,y\n");
    }
    void roundTripIsByteExact()
    {
        QFETCH(QByteArray, bytes);
        const Document d = Document::fromBytes(bytes);
        QCOMPARE(d.toBytes(), bytes);
        QVERIFY(!d.isModified());
    }

    void currentParserAsSpecified()
    {
        const Document d = Document::fromBytes("name,value\n"
                                               "# comment, with comma\n"
                                               "welcome-message,Hi, \"friend\"\n"
                                               ",orphan\n"
                                               "  theme-title ,  Sim  \r\n"
                                               "Key,skipped\n"
                                               "nocomma\n"
                                               "\n"
                                               "theme-title,Later\n");
        QCOMPARE(pairs(d.settings(Parser::Current)),
            (QStringList { QStringLiteral("name=value"), QStringLiteral("welcome-message=Hi, \"friend\""),
                QStringLiteral("theme-title=Sim"), QStringLiteral("theme-title=Later") }));
        QCOMPARE(d.setting(QStringLiteral("theme-title"))->value, QStringLiteral("Later"));
        QCOMPARE(d.setting(QStringLiteral("theme-title"))->line, 9);
        QCOMPARE(d.keys(),
            (QStringList { QStringLiteral("name"), QStringLiteral("welcome-message"), QStringLiteral("theme-title") }));
    }

    void olderParsersSkipLineOneAndCutAtSecondComma()
    {
        const Document d = Document::fromBytes("llm-model,gpt\n"
                                               "# see docs, page 2\n"
                                               "welcome-message,Hi, friend, welcome\n");
        QCOMPARE(pairs(d.settings(Parser::Intermediate)),
            (QStringList { QStringLiteral("# see docs=page 2"), QStringLiteral("welcome-message=Hi") }));
        QCOMPARE(d.settings(Parser::Oct2025).size(), 2);
        QCOMPARE(pairs(d.settings(Parser::Current)),
            (QStringList { QStringLiteral("llm-model=gpt"), QStringLiteral("welcome-message=Hi, friend, welcome") }));
    }

    void diagnosticsNameWhatParsersDoWrong()
    {
        const Document d = Document::fromBytes("llm-model,gpt\n"
                                               "# see docs, page 2\n"
                                               "welcome-message,Hi, friend\n"
                                               "theme-title , Sim\n"
                                               "theme-color1,\"#fff\"\n"
                                               "nocomma\n"
                                               "llm-model,other\n"
                                               "llm-modle,x\n"
                                               "my-own-key,x\n"
                                               ",empty\n"
                                               "key,value\n");
        const QList<Diagnostic> ds = d.diagnostics();
        const Diagnostic* header = find(ds, Code::MissingHeader);
        QVERIFY(header);
        QCOMPARE(header->severity, Diagnostic::Severity::Warning);
        QCOMPARE(header->line, 1);
        QVERIFY(header->message.contains(QStringLiteral("llm-model")));
        QCOMPARE(codes(ds, 2), QList<Code> { Code::CommentWithComma });
        QVERIFY(find(ds, Code::CommentWithComma)->message.contains(QStringLiteral("# see docs")));
        QCOMPARE(codes(ds, 3), QList<Code> { Code::ValueHasComma });
        QVERIFY(find(ds, Code::ValueHasComma)->message.contains(QStringLiteral("“Hi”")));
        QCOMPARE(codes(ds, 4), QList<Code> { Code::SpacesAroundComma });
        QCOMPARE(codes(ds, 5), QList<Code> { Code::QuotesKept });
        QCOMPARE(codes(ds, 6), QList<Code> { Code::NoComma });
        QCOMPARE(codes(ds, 7), QList<Code> { Code::DuplicateKey });
        QCOMPARE(codes(ds, 8), QList<Code> { Code::UnknownKey });
        QVERIFY(find(ds, Code::UnknownKey)->message.contains(QStringLiteral("llm-model")));
        QCOMPARE(codes(ds, 9), QList<Code> { Code::UnknownKey });
        QCOMPARE(codes(ds, 10), QList<Code> { Code::EmptyKey });
        QCOMPARE(codes(ds, 11), QList<Code> { Code::KeyLineSkipped });

        // The recommended form has nothing to say but the harmless header.
        const Document good = Document::fromBytes("name,value\nllm-provider,openai\ntheme-title,Helpdesk\n");
        QCOMPARE(codes(good.diagnostics()), QList<Code> { Code::HeaderStored });
        // A header-less file starting with a comment: older versions lose nothing, still advised.
        const Document commented = Document::fromBytes("# bot settings\nllm-provider,openai\n");
        const QList<Diagnostic> cds = commented.diagnostics();
        QVERIFY(find(cds, Code::MissingHeader));
        QCOMPARE(find(cds, Code::MissingHeader)->severity, Diagnostic::Severity::Info);
        QVERIFY(find(Document::fromBytes("\xEF\xBB\xBFname,value\n").diagnostics(), Code::ByteOrderMark));
        QVERIFY(find(Document::fromBytes("a,b\rc,d\n").diagnostics(), Code::LoneCarriageReturn));
        QVERIFY(find(Document::fromBytes("name,value\nk,\xFF\n").diagnostics(), Code::InvalidUtf8));
    }

    void editTouchesOnlyItsLine()
    {
        const QByteArray bytes("name,value\r\n# keep me, exactly\r\nllm-model,gpt\r\n  theme-title , Old \r\n"
                               "llm-model,second\r\ntail-key,1");
        Document d = Document::fromBytes(bytes);
        QVERIFY(d.setValue(QStringLiteral("llm-model"), QStringLiteral("gpt-4o")).ok());
        // The later duplicate (the one that wins) is edited; the rest is byte-identical.
        QCOMPARE(d.toBytes(),
            QByteArray("name,value\r\n# keep me, exactly\r\nllm-model,gpt\r\n  theme-title , Old \r\n"
                       "llm-model,gpt-4o\r\ntail-key,1"));
        QVERIFY(d.setValue(QStringLiteral("theme-title"), QStringLiteral("New")).ok());
        QVERIFY(d.toBytes().contains("\r\ntheme-title,New\r\n"));
        QVERIFY(d.setValue(QStringLiteral("param-x"), QStringLiteral("1")).ok());
        QVERIFY(d.toBytes().endsWith("tail-key,1\r\nparam-x,1\r\n"));
        QVERIFY(d.isModified());
        QCOMPARE(d.removeKey(QStringLiteral("llm-model")), 2);
        QVERIFY(!d.toBytes().contains("llm-model"));
        QCOMPARE(d.toBytes(),
            QByteArray("name,value\r\n# keep me, exactly\r\ntheme-title,New\r\ntail-key,1\r\nparam-x,1\r\n"));

        Document empty = Document::fromBytes({});
        QVERIFY(empty.setValue(QStringLiteral("theme-title"), QStringLiteral("X")).ok());
        QCOMPARE(empty.toBytes(), QByteArray("name,value\ntheme-title,X\n"));
    }

    void hostileEditsAreRefusedOrWarned()
    {
        Document d = Document::fromBytes("name,value\nllm-model,gpt\n");
        const QByteArray before = d.toBytes();
        for (const auto& [k, v] : QList<QPair<QString, QString>> {
                 { QStringLiteral("a\nb"), QStringLiteral("x") },
                 { QStringLiteral("k"), QStringLiteral("line1\nline2") },
                 { QStringLiteral("k"), QStringLiteral("cr\rcr") },
                 { QStringLiteral("a,b"), QStringLiteral("x") },
                 { QStringLiteral("#k"), QStringLiteral("x") },
                 { QStringLiteral(" k"), QStringLiteral("x") },
                 { QString(), QStringLiteral("x") },
                 { QStringLiteral("KEY"), QStringLiteral("x") },
                 { QStringLiteral("k"), QStringLiteral("nul") + QChar(0) },
             }) {
            const Result<void> r = d.setValue(k, v);
            QVERIFY2(!r.ok(), qPrintable(k + QLatin1Char('|') + v));
            QVERIFY(!r.errorMessage().isEmpty());
        }
        QCOMPARE(d.toBytes(), before); // nothing lost, nothing half-written
        QVERIFY(find(Document::checkEdit(QStringLiteral("k"), QStringLiteral("a,b")), Code::ValueHasComma));
        QVERIFY(find(Document::checkEdit(QStringLiteral("k"), QStringLiteral("\"q\"")), Code::QuotesKept));
        QVERIFY(find(Document::checkEdit(QStringLiteral("k"), QStringLiteral(" v")), Code::ValueSpacesAround));
        QVERIFY(Document::checkEdit(QStringLiteral("param-x"), QStringLiteral("$(touch /tmp/x); `id` 'q'")).isEmpty());
    }

    void hostileValuesRoundTrip()
    {
        // Fuzz-ish: random keys and values from a hostile alphabet. Every accepted edit must read
        // back exactly (as the current parser trims), and untouched lines must keep their bytes.
        QStringList alphabet;
        for (const QChar c : QStringLiteral("ab-_ #,\"'$()`;|&<>\\\t\r\nçã€=%*?~/."))
            alphabet << QString(c);
        alphabet << QStringLiteral("😀") << QString(QChar(0)) << QStringLiteral("\u2028");
        QRandomGenerator rng(20261205);
        const QByteArray prefix("name,value\r\n# keep, this\r\nllm-model,gpt\r\n");
        int accepted = 0;
        for (int round = 0; round < 2000; ++round) {
            Document d = Document::fromBytes(prefix);
            auto randomText = [&](int maxLen) {
                QString s;
                const int n = int(rng.bounded(maxLen + 1));
                for (int i = 0; i < n; ++i)
                    s += alphabet.at(int(rng.bounded(int(alphabet.size()))));
                return s;
            };
            const QString key = QStringLiteral("k") + randomText(6);
            const QString value = randomText(round % 50 == 0 ? 20000 : 12);
            const Result<void> r = d.setValue(key, value);
            bool refused = false;
            for (const Diagnostic& x : Document::checkEdit(key, value))
                refused = refused || x.severity == Diagnostic::Severity::Error;
            QCOMPARE(r.ok(), !refused);
            if (!r.ok()) {
                QCOMPARE(d.toBytes(), prefix);
                continue;
            }
            ++accepted;
            const QByteArray bytes = d.toBytes();
            QVERIFY(bytes.startsWith(prefix));
            const Document back = Document::fromBytes(bytes);
            QCOMPARE(back.toBytes(), bytes);
            const auto s = back.setting(key);
            QVERIFY2(s.has_value(), qPrintable(key));
            QCOMPARE(s->value, value.trimmed());
            QCOMPARE(back.setting(QStringLiteral("llm-model"))->value, QStringLiteral("gpt"));
        }
        QVERIFY(accepted > 200);
    }

    void knownKeys()
    {
        using namespace ConfigKeys;
        QCOMPARE(lookup(QStringLiteral("llm-model")).group, Group::Llm);
        QCOMPARE(lookup(QStringLiteral("embedding-url")).group, Group::Embeddings);
        QCOMPARE(lookup(QStringLiteral("theme-color1")).group, Group::Theme);
        QCOMPARE(lookup(QStringLiteral("welcome-message")).group, Group::Identity);
        QCOMPARE(lookup(QStringLiteral("param-apihost")).group, Group::Parameters);
        QCOMPARE(lookup(QStringLiteral("oauth-google-client-secret")).group, Group::Server);
        QCOMPARE(lookup(QStringLiteral("erp-api-server")).group, Group::Server);
        QCOMPARE(lookup(QStringLiteral("Answer Mode")).group, Group::Legacy);
        QCOMPARE(lookup(QStringLiteral("name")).group, Group::Header);
        QVERIFY(!lookup(QStringLiteral("param-")).known);
        QVERIFY(!lookup(QStringLiteral("llm-key")).description.isEmpty());
        QCOMPARE(lookup(QStringLiteral("llm-modle")).suggestion, QStringLiteral("llm-model"));
        QCOMPARE(lookup(QStringLiteral("theme-colour1")).suggestion, QStringLiteral("theme-color1"));
        QCOMPARE(lookup(QStringLiteral("LLM-MODEL")).suggestion, QStringLiteral("llm-model"));
        QVERIFY(lookup(QStringLiteral("completely-different")).suggestion.isEmpty());
        QVERIFY(lookup(QString(100000, QLatin1Char('x'))).suggestion.isEmpty());

        for (const char* k : { "llm-key", "twilio-auth-token", "teams-app-password", "vonage-api-secret", "email-pass",
                 "oauth-github-client-secret", "aws-access-key", "My_Token" })
            QVERIFY2(isSecretKey(QString::fromUtf8(k)), k);
        for (const char* k : { "llm-model", "theme-title", "param-apihost", "key-words", "llm-server-port" })
            QVERIFY2(!isSecretKey(QString::fromUtf8(k)), k);

        for (const char* v : { "", "  ", "none", "NULL", "N/A" })
            QVERIFY2(isPlaceholder(QString::fromUtf8(v)), v);
        for (const char* v : { "../m.gguf", "./x", "/opt/models/a", "~/m", "model.bin", "w.safetensors" })
            QVERIFY2(isPathLike(QString::fromUtf8(v)), v);
        QVERIFY(!fallsBack(QStringLiteral("gpt-4o-mini")));
        QVERIFY(!fallsBack(QStringLiteral("https://api.example.com/v1")));
    }
};

QTEST_GUILESS_MAIN(TstConfigCsv)
#include "tst_configcsv.moc"
