#pragma once

#include "widgets/shell/placeholderpane.h"

// Placeholder for the CI tab until its pane is built.
class CiPlaceholder : public PlaceholderPane
{
    Q_OBJECT
public:
    explicit CiPlaceholder(QWidget* parent = nullptr)
        : PlaceholderPane(tr("CI"),
            {
                tr("Forgejo Actions runs, jobs and steps from the ALM database"),
                tr("Task logs (seekable zstd) with step folding, ANSI colours and search"),
            },
            parent)
    { }
};
