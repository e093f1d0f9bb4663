#pragma once

#include "widgets/shell/placeholderpane.h"

// Placeholder for the Bots tab until its pane is built.
class BotsPlaceholder : public PlaceholderPane
{
    Q_OBJECT
public:
    explicit BotsPlaceholder(QWidget* parent = nullptr)
        : PlaceholderPane(tr("Bots"),
            {
                tr("The bots of the botserver database and their config.csv"),
                tr("Edit config.csv with a backup to /tmp first, and check DriveMonitor picked it up"),
                tr("Bot URLs on chat.{stage.}domain.com"),
            },
            parent)
    { }
};
