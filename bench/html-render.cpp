// The HTML report for 1000 addresses (bench/README.md): render time and file size, English and
// Japanese. The bar is under a second and under 5 MB.
//   cloudcheck-bench-html [COUNT]
#include "HtmlSamples.h"
#include "report/HtmlReport.h"
#include "support/Translator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace cloudcheck;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    Translator translator;
    for (const Language language : {Language::English, Language::Japanese}) {
        translator.setLanguage(language);
        const RunResult run = HtmlSamples::large(language, count);
        qint64 best = -1;
        qsizetype size = 0;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            const QByteArray html = HtmlReport::render(run);
            const qint64 ms = timer.elapsed();
            best = best < 0 ? ms : std::min(best, ms);
            size = html.size();
        }
        int failing = 0;
        for (const TargetResult& target : run.targets)
            failing += target.verdict != Verdict::Pass;
        std::printf("%s: %d addresses (%d not passed), best of 5: %lld ms, %.2f MB\n",
                    qPrintable(languageCode(language)), count, failing, static_cast<long long>(best),
                    double(size) / (1024 * 1024));
    }
    return 0;
}
