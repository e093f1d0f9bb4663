#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The block structure of a GB BASIC script (spec §1.3): IF/ELSEIF/ELSE/END IF, FOR/NEXT,
// DO/LOOP, WHILE/WEND, SUB/END SUB, FUNCTION/END FUNCTION, SELECT/CASE/END SELECT, WITH/END WITH,
// SWITCH/END SWITCH, TABLE/END TABLE, BEGIN TALK|MAIL|SYSTEM PROMPT/END …. Used by the editor to
// highlight the partners of the block keyword under the cursor.
namespace BasicBlocks {
struct Keyword
{
    int line = 1; // 1-based
    int column = 1; // 1-based
    int length = 0;
};

// The keywords of the block whose keyword is at (line, column) (1-based; column anywhere inside
// the keyword), opener first; empty when there is none there or the block is not closed.
QList<Keyword> partners(const QStringList& lines, int line, int column);
} // namespace BasicBlocks
