#pragma once

#include "core/host/latestquery.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TextViewDialog;
}

// Read-only text from the host (a container log), with the command that produced it.
class TextViewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TextViewDialog(const QString& title, QWidget* parent = nullptr);
    ~TextViewDialog() override;

    // Runs `command` and shows its output (or why it failed), with the command line above it.
    void load(CommandRunner* runner, const RemoteCommand& command);
    void setCommandLine(const QString& line);
    void setText(const QString& text);
    void setError(const QString& message);
    QString text() const;

private:
    std::unique_ptr<Ui::TextViewDialog> m_ui;
    std::unique_ptr<LatestQuery<QString>> m_query;
};
