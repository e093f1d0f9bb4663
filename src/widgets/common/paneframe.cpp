#include "widgets/common/paneframe.h"

#include "widgets/common/environmentbanner.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/pane.h"

#include <QVBoxLayout>

PaneFrame::PaneFrame(QWidget* pane, QWidget* parent)
    : QWidget(parent)
    , m_banner(new EnvironmentBanner(this))
    , m_pane(pane)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    // The environment first, then what the pane has to say, then the pane.
    if (auto* p = qobject_cast<Pane*>(pane))
        layout->addWidget(p->banner());
    layout->addWidget(pane, 1);
}

void PaneFrame::setTarget(const QString& profile, const QString& destination, Environment environment, bool readOnly)
{
    m_banner->setTarget(profile, destination, environment, readOnly);
}
