#pragma once

#include "widgets/common/pane.h"

#include <QStringList>

#include <memory>

namespace Ui {
class PlaceholderPane;
}

// An honest empty tab: it says what the pane will do once its issue lands, and does nothing.
class PlaceholderPane : public Pane
{
    Q_OBJECT
public:
    ~PlaceholderPane() override;

    QString title() const override { return m_title; }
    QStringList planned() const { return m_planned; }

protected:
    PlaceholderPane(const QString& title, const QStringList& planned, QWidget* parent);

private:
    std::unique_ptr<Ui::PlaceholderPane> m_ui;
    QString m_title;
    QStringList m_planned;
};
