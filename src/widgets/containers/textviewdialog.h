#pragma once

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

    void setCommandLine(const QString& line);
    void setText(const QString& text);
    void setError(const QString& message);
    QString text() const;

private:
    std::unique_ptr<Ui::TextViewDialog> m_ui;
};
