#pragma once

#include "widgets/shell/placeholderpane.h"

// Placeholder for the Drive tab until its pane is built.
class DrivePlaceholder : public PlaceholderPane
{
    Q_OBJECT
public:
    explicit DrivePlaceholder(QWidget* parent = nullptr)
        : PlaceholderPane(tr("Drive"),
            {
                tr("The MinIO buckets and objects (mc), browsed like folders"),
                tr("Download and upload streamed over SSH, with ETag checks before overwriting"),
            },
            parent)
    { }
};
