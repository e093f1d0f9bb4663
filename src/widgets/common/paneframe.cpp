#include "widgets/common/paneframe.h"

#include "widgets/common/environmentbanner.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/pane.h"

#include <QVBoxLayout>

PaneFrame::PaneFrame(QWidget* parent)
    : QWidget(parent)
    , m_banner(new EnvironmentBanner(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addStretch(1); // replaced by the pane
}

void PaneFrame::setPane(QWidget* pane)
{
    Q_ASSERT(!m_pane && pane);
    m_pane = pane;
    auto* box = static_cast<QVBoxLayout*>(layout());
    delete box->takeAt(box->count() - 1); // the stretch
    // The environment first, then what the pane has to say, then the pane.
    if (auto* p = qobject_cast<Pane*>(pane))
        box->addWidget(p->banner());
    box->addWidget(pane, 1);
}

void PaneFrame::setTarget(const QString& profile, const QString& destination, Environment environment, bool readOnly)
{
    m_banner->setTarget(profile, destination, environment, readOnly);
}
