#pragma once

#include <QColor>
#include <QStyledItemDelegate>

#include <functional>

// Shows a coloured dot before the text of a status cell. The colour comes from `colorOf`, given the
// value of `role` for the row; colours are chosen to read on light and dark palettes alike.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    StatusDelegate(int role, std::function<QColor(const QVariant&)> colorOf, QObject* parent = nullptr);

    // The traffic-light colours used by every pane.
    static QColor green();
    static QColor amber();
    static QColor red();
    static QColor grey();

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
    std::function<QColor(const QVariant&)> m_colorOf;
};
