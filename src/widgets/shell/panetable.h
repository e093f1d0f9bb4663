#pragma once

#include <QList>
#include <QString>

#include <functional>

class Pane;

// The main window's tabs, in order: one line per pane. Adding a pane is its own folder under
// src/widgets, its CMake target linked by the shell, and one line in panetable.cpp.
struct PaneEntry
{
    const char* id; // stable, for --tab and saved state ("containers")
    QString (*title)(); // the tab's title before the pane exists (the pane's displayTitle())
    std::function<Pane*()> create;
};

const QList<PaneEntry>& paneTable();
