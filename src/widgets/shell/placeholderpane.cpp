#include "widgets/shell/placeholderpane.h"

#include "ui_placeholderpane.h"

PlaceholderPane::PlaceholderPane(const QString& title, const QStringList& planned, QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::PlaceholderPane>())
    , m_title(title)
    , m_planned(planned)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    QString html = QStringLiteral("<p>") + tr("What will come here:") + QStringLiteral("</p><ul>");
    for (const QString& item : planned)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    m_ui->plannedLabel->setText(html);
}

PlaceholderPane::~PlaceholderPane() = default;
