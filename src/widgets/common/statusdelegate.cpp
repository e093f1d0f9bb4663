#include "widgets/common/statusdelegate.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace {
QIcon dot(const QColor& color)
{
    static QHash<QRgb, QIcon> cache;
    auto it = cache.constFind(color.rgba());
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(6, 6, 20, 20));
    p.end();
    QIcon icon(pixmap);
    icon.addPixmap(pixmap, QIcon::Selected); // keep the colour readable on the selection
    return *cache.insert(color.rgba(), icon);
}
} // namespace

StatusDelegate::StatusDelegate(int role, std::function<QColor(const QVariant&)> colorOf, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
    , m_colorOf(std::move(colorOf))
{ }

void StatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor color = m_colorOf(index.data(m_role));
    if (!color.isValid())
        return;
    option->icon = dot(color);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = option->fontMetrics.height();
    option->decorationSize = QSize(side, side);
}

QColor StatusDelegate::green()
{
    return QColor(0x2e, 0x9d, 0x3a);
}

QColor StatusDelegate::amber()
{
    return QColor(0xf0, 0x9a, 0x00);
}

QColor StatusDelegate::red()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QColor StatusDelegate::grey()
{
    return QColor(0x9e, 0x9e, 0x9e);
}
