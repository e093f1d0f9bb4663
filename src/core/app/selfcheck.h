#pragma once

#include <QString>

class QTextStream;

// `gbadmin --self-check`: proves without a window or a host that this installation works — Qt's
// SQLite driver loads, the journal opens (created when new) and its schema is current, and the
// translations are where the binary looks for them. Used by the package check on a fresh root.
namespace SelfCheck {

struct Options
{
    QString journalPath; // empty: Journal::defaultPath()
    QString translationsDir; // empty: UiLanguage::translationsDir()
};

// Writes one line per check to `out`; true when all passed.
bool run(const Options& options, QTextStream& out);

} // namespace SelfCheck
