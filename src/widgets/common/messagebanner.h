#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

// The one inline message of a pane: information, warning or error, with optional action buttons
// ("Retry", "Reload", "Show diff") and a close button. Hidden while there is nothing to say.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Information,
        Warning,
        Error
    };
    Q_ENUM(Level)

    explicit MessageBanner(QWidget* parent = nullptr);

    // Replaces what is shown. The actions become buttons (not owned; they may be shared with menus).
    void showMessage(Level level, const QString& text, const QList<QAction*>& actions = {});
    void clearMessage();

    QString text() const;
    Level level() const { return m_level; }
    bool hasMessage() const { return !text().isEmpty(); }
    QList<QAction*> actions() const { return m_actions; }

Q_SIGNALS:
    void cleared();

private:
    void applyStyle();

    Level m_level = Level::Information;
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
    QList<QAction*> m_actions;
};
