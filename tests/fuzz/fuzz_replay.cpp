// protocol.fuzz_replay: runs the fuzz target's input function (fuzzharness.h) over the checked-in
// seed corpus and a few thousand deterministic mutations of it, so the frame parser and the
// dispatcher meet hostile input in every CI run, also where no libFuzzer is available (g++).

#include "tests/fuzz/fuzzharness.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

namespace {

QByteArray describe(const QByteArray& input)
{
    QByteArray shown = input.left(400).toPercentEncoding(" {}[]\":,._-#");
    return shown + (input.size() > 400 ? "..." : "");
}

QList<QByteArray> readInputs(const QString& path)
{
    QList<QByteArray> inputs;
    const QFileInfo info(path);
    const QFileInfoList files =
        info.isDir() ? QDir(path).entryInfoList(QDir::Files, QDir::Name) : QFileInfoList{info};
    for (const QFileInfo& f : files) {
        QFile file(f.filePath());
        if (file.open(QIODevice::ReadOnly))
            inputs.append(file.readAll());
    }
    return inputs;
}

/// A small deterministic mutator in the spirit of libFuzzer's: bit flips, interesting bytes,
/// protocol tokens, deletions, duplications and splices of two seeds.
class Mutator final
{
public:
    Mutator(QList<QByteArray> seeds, quint32 seed)
        : m_seeds(std::move(seeds))
        , m_random(seed)
    {}

    QByteArray next()
    {
        QByteArray data = m_seeds.at(pick(m_seeds.size()));
        const int steps = 1 + pick(4);
        for (int i = 0; i < steps; ++i)
            mutate(data);
        return data;
    }

private:
    int pick(qsizetype n) { return n > 0 ? int(m_random.bounded(quint32(n))) : 0; }

    void mutate(QByteArray& data)
    {
        static const QList<QByteArray> tokens{
            "\n",
            "\r\n",
            QByteArray(1, '\0'),
            "#admin\n",
            "#anon\n",
            "{",
            "}",
            "[",
            "]",
            "\"",
            ":",
            ",",
            "null",
            "true",
            "[]",
            "{}",
            "\"id\":",
            "\"params\":",
            "\"jsonrpc\":\"2.0\"",
            "\"method\":\"admin.role.create\"",
            "\"method\":\"admin.user.list\"",
            "1e308",
            "-1",
            "9007199254740993",
            "0.5",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\xff\xfe",
            "\xe4\xb8\xad",
            R"({"jsonrpc":"2.0","id":1,"method":"system.ping"})",
            R"({"jsonrpc":"2.0","method":"system.ping"})",
            QByteArray(5000, 'x'),
        };
        const qsizetype at = data.isEmpty() ? 0 : pick(data.size() + 1);
        switch (pick(6)) {
        case 0: // flip a bit
            if (!data.isEmpty()) {
                const qsizetype i = pick(data.size());
                data[i] = char(data.at(i) ^ (1 << pick(8)));
            }
            break;
        case 1: // an interesting byte
            if (!data.isEmpty())
                data[pick(data.size())] = "{}[]\":,\n\r\\0-e.\xff"[pick(16)];
            break;
        case 2: // a protocol token
            data.insert(at, tokens.at(pick(tokens.size())));
            break;
        case 3: // delete a range
            data.remove(at, 1 + pick(qMin<qsizetype>(64, data.size() + 1)));
            break;
        case 4: // duplicate a range
            data.insert(at, data.mid(pick(data.size() + 1), 1 + pick(128)));
            break;
        default: { // splice with another seed
            const QByteArray& other = m_seeds.at(pick(m_seeds.size()));
            data = data.left(at) + other.mid(pick(other.size() + 1));
            break;
        }
        }
    }

    QList<QByteArray> m_seeds;
    QRandomGenerator m_random;
};

} // namespace

class FuzzReplayTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedCorpus();
    void extraInputs();
    void mutations();

private:
    void run(const QByteArray& input, const char* what);

    QList<QByteArray> m_seeds;
};

void FuzzReplayTest::initTestCase()
{
    const QString dir =
        qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/tests/fuzz/corpus");
    m_seeds = readInputs(dir);
    QVERIFY2(m_seeds.size() >= 10, qPrintable(QStringLiteral("seed corpus missing in ") + dir));
}

void FuzzReplayTest::run(const QByteArray& input, const char* what)
{
    const QString why = Erp::Test::fuzzProtocolInput(
        reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
    QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("%1: %2\n  input: %3")
                                           .arg(QString::fromLatin1(what), why,
                                                QString::fromLatin1(describe(input)))));
}

void FuzzReplayTest::seedCorpus()
{
    for (const QByteArray& seed : std::as_const(m_seeds)) {
        run(seed, "seed");
        if (QTest::currentTestFailed())
            return;
    }
}

void FuzzReplayTest::extraInputs()
{
    // ERP_FUZZ_INPUTS=<file or dir>: replay crash-* files or a whole libFuzzer corpus.
    const QString extra = qEnvironmentVariable("ERP_FUZZ_INPUTS");
    if (extra.isEmpty())
        QSKIP("set ERP_FUZZ_INPUTS to replay more inputs");
    for (const QByteArray& input : readInputs(extra)) {
        run(input, "input");
        if (QTest::currentTestFailed())
            return;
    }
}

void FuzzReplayTest::mutations()
{
    const int count = qEnvironmentVariableIsSet("ERP_FUZZ_MUTATIONS")
                          ? qEnvironmentVariableIntValue("ERP_FUZZ_MUTATIONS")
                          : 5000;
    Mutator mutator(m_seeds, 20261127);
    for (int i = 0; i < count; ++i) {
        run(mutator.next(), "mutation");
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(FuzzReplayTest)
#include "fuzz_replay.moc"
