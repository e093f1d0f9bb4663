#pragma once

#include <QWidget>

#include <memory>

class TaskListModel;

namespace Ui {
class TaskPanel;
}

// The running operations of a window, each with its progress and a Cancel.
class TaskPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TaskPanel(TaskListModel* model, QWidget* parent = nullptr);
    ~TaskPanel() override;

    // Cancels the task in `row` (the selected one when -1).
    void cancelTask(int row = -1);

private:
    void updateButtons();

    std::unique_ptr<Ui::TaskPanel> m_ui;
    TaskListModel* m_model;
};
