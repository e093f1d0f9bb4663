#pragma once

#include "widgets/shell/placeholderpane.h"

// Placeholder for the DNS tab until its pane is built.
class DnsPlaceholder : public PlaceholderPane
{
    Q_OBJECT
public:
    explicit DnsPlaceholder(QWidget* parent = nullptr)
        : PlaceholderPane(tr("DNS"),
            {
                tr("The zone files with a record editor that keeps the file as the admin wrote it"),
                tr("Validation, SOA serial bump and verification after the reload"),
            },
            parent)
    { }
};
