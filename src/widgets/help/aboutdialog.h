#pragma once

#include "core/app/componentversions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help ▸ About GB Admin: what it is, its version and the versions of the libraries it runs with
// (what a bug report needs), with a button that copies them as text.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    // componentVersions() plus the syntax highlighter (KSyntaxHighlighting or the built-in one).
    static QList<ComponentVersion> versions();
    QString versionsText() const;
    void copyVersions();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
    QList<ComponentVersion> m_versions;
};
