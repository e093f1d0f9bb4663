#include "widgets/shell/taskpanel.h"

#include "core/host/tasklistmodel.h"

#include "ui_taskpanel.h"

#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace {
// Two lines per task: the title with its state, then the progress bar and the latest message.
class TaskDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return { 200, option.fontMetrics.height() * 2 + 14 };
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        QStyle* style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);

        const auto state = Task::State(index.data(TaskListModel::StateRole).toInt());
        const int lineHeight = option.fontMetrics.height();
        const QRect r = option.rect.adjusted(6, 4, -6, -4);
        QString title = index.data(TaskListModel::TitleRole).toString();
        switch (state) {
        case Task::State::Succeeded:
            title = tr("✔ %1").arg(title);
            break;
        case Task::State::Failed:
            title = tr("✘ %1").arg(title);
            break;
        case Task::State::Cancelled:
            title = tr("⨯ %1 (cancelled)").arg(title);
            break;
        case Task::State::Running:
            break;
        }
        painter->save();
        painter->setPen(
            option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QString profile = index.data(TaskListModel::ProfileRole).toString();
        painter->drawText(QRect(r.left(), r.top(), r.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(
                profile.isEmpty() ? title : profile + QStringLiteral(": ") + title, Qt::ElideRight, r.width()));
        const QRect second(r.left(), r.top() + lineHeight + 2, r.width(), lineHeight);
        const QString message = index.data(TaskListModel::MessageRole).toString().section(u'\n', 0, 0);
        if (state == Task::State::Running) {
            QStyleOptionProgressBar bar;
            bar.rect = QRect(second.left(), second.top(), qMin(120, second.width() / 3), second.height());
            bar.minimum = 0;
            bar.maximum = index.data(TaskListModel::MaximumRole).toInt();
            bar.progress = index.data(TaskListModel::ProgressRole).toInt();
            bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
            style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
            const QRect text = second.adjusted(bar.rect.width() + 6, 0, 0, 0);
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(message, Qt::ElideMiddle, text.width()));
        } else {
            painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(message, Qt::ElideRight, second.width()));
        }
        painter->restore();
    }
};
} // namespace

TaskPanel::TaskPanel(TaskListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TaskPanel>())
    , m_model(model)
{
    m_ui->setupUi(this);
    m_ui->taskList->setModel(model);
    m_ui->taskList->setItemDelegate(new TaskDelegate(m_ui->taskList));
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { cancelTask(); });
    connect(m_ui->clearButton, &QPushButton::clicked, model, &TaskListModel::clearFinished);
    connect(m_ui->taskList->selectionModel(), &QItemSelectionModel::currentChanged, this, &TaskPanel::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &TaskPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int) {
        // A new task becomes the current one, so Cancel acts on what just started.
        m_ui->taskList->setCurrentIndex(m_model->index(first));
        updateButtons();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TaskPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &TaskPanel::updateButtons);
    updateButtons();
}

TaskPanel::~TaskPanel() = default;

void TaskPanel::cancelTask(int row)
{
    if (row < 0)
        row = m_ui->taskList->currentIndex().row();
    m_model->cancel(row);
}

void TaskPanel::updateButtons()
{
    const QModelIndex current = m_ui->taskList->currentIndex();
    m_ui->cancelButton->setEnabled(current.isValid() && current.data(TaskListModel::CancelableRole).toBool());
    bool anyFinished = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        anyFinished = anyFinished || !m_model->task(row)->isRunning();
    m_ui->clearButton->setEnabled(anyFinished);
    const bool empty = m_model->rowCount() == 0;
    m_ui->emptyLabel->setVisible(empty);
    m_ui->taskList->setVisible(!empty);
}
